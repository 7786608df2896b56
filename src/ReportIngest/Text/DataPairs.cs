using System.Reflection;
using System.Text;

namespace ReportIngest.Text;

/// <summary>A data table embedded in an assembly: one pair a line, key and value separated by a tab; blank lines and #
/// comments skipped.</summary>
public static class DataPairs
{
    public static List<KeyValuePair<string, string>> Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"embedded resource {resourceName} missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var pairs = new List<KeyValuePair<string, string>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var tab = line.IndexOf('\t');
            if (tab > 0)
                pairs.Add(new(line[..tab], line[(tab + 1)..]));
        }
        return pairs;
    }
}

using System.Text;
using ReportIngest.Generator.Variations;

namespace ReportIngest.Tests.Corpus.Invariance;

/// <summary>
/// Transformations of a text document's source (Markdown, plain text, HTML) that must not change one stored cell:
/// they exercise the readers as well as extraction. The transformed text is written back as UTF-8.
/// </summary>
internal static class SourceTransforms
{
    /// <summary>Each transformation by name, with the extensions of the documents it applies to.</summary>
    public static readonly IReadOnlyDictionary<string, (string[] Extensions, Func<string, string> Apply)> All =
        new Dictionary<string, (string[], Func<string, string>)>
        {
            ["traditional-source"] = ([".md", ".txt", ".html"], text =>
                TraditionalScript.Convert(text, taiwanPhrases: true)
            ),
            ["wrapped-lines-and-page-numbers"] = ([".md", ".txt"], WrapAndNumberPages),
        };

    private const int LineWidth = 36;
    private const int LinesPerPage = 25;

    /// <summary>
    /// The text as a PDF-to-text conversion leaves it: long running lines broken at the page width, a long row label
    /// wrapped with its figures ending the second line, and a page number (— 3 —) every few lines, also inside tables.
    /// Markdown pipe rows are left whole (a broken pipe row is no longer Markdown), and a pipe table cut by a page
    /// number goes on as a new table, as converters write it.
    /// </summary>
    private static string WrapAndNumberPages(string text)
    {
        var lines = new List<string>();
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (IsPipeRow(line))
                lines.Add(line);
            else if (line.Contains('\t'))
                lines.AddRange(WrapRow(line));
            else
                for (var start = 0; start == 0 || start < line.Length; start += LineWidth)
                    lines.Add(line.Substring(start, Math.Min(LineWidth, line.Length - start)));
        }
        var paged = new StringBuilder();
        var page = 1;
        for (var i = 0; i < lines.Count; i++)
        {
            paged.Append(lines[i]).Append('\n');
            if ((i + 1) % LinesPerPage != 0 || i + 1 >= lines.Count || IsPipeSeparator(lines[i + 1]))
                continue;
            paged.Append($"\n— {page++} —\n\n");
            // a Markdown table cut by the page goes on as a table of its own, its first row taken for a header
            if (!IsPipeRow(lines[i]) || !IsPipeRow(lines[i + 1]))
                continue;
            paged.Append(lines[++i]).Append('\n');
            paged
                .Append('|')
                .Append(string.Concat(Enumerable.Repeat("---|", lines[i].Trim().Trim('|').Split('|').Length)))
                .Append('\n');
        }
        return paged.ToString();
    }

    /// <summary>A tab-separated row whose label is long: the label's second half moves to a line of its own, ahead of
    /// the figures.</summary>
    private static IEnumerable<string> WrapRow(string row)
    {
        var fields = row.Split('\t');
        var labelAt = Array.FindIndex(fields, f => f.Trim().Length > 0);
        if (
            labelAt < 0
            || fields[labelAt].Trim().Length <= 14
            || fields.Skip(labelAt + 1).All(f => f.Trim().Length == 0)
        )
            return [row];
        var label = fields[labelAt];
        var half = label.Length / 2;
        var first = string.Join('\t', fields.Take(labelAt).Append(label[..half]));
        fields[labelAt] = label[half..];
        return [first, string.Join('\t', fields)];
    }

    private static bool IsPipeRow(string line) => line.TrimStart().StartsWith('|');

    private static bool IsPipeSeparator(string line) => IsPipeRow(line) && line.Contains("---");
}

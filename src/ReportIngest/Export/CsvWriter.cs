using System.Text;

namespace ReportIngest.Export;

/// <summary>RFC 4180 CSV: UTF-8 without BOM, CRLF line ends, fields quoted when they hold a comma, quote or line
/// break.</summary>
public sealed class CsvWriter : IDisposable
{
    private readonly StreamWriter _writer;

    public CsvWriter(string path) =>
        _writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\r\n" };

    public void WriteRow(IEnumerable<object?> fields) => _writer.WriteLine(string.Join(',', fields.Select(Escape)));

    public static string Escape(object? field)
    {
        var text = field switch
        {
            null => "",
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => field.ToString() ?? "",
        };
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
    }

    public void Dispose() => _writer.Dispose();
}

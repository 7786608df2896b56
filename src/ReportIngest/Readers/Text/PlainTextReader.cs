using ReportIngest.Documents;

namespace ReportIngest.Readers.Text;

/// <summary>Plain text: tab- or space-aligned tables become grids, other lines text blocks.</summary>
public sealed class PlainTextReader : IDocumentReader
{
    public InputFormat Format => InputFormat.PlainText;

    public Document Read(SourceDocument source)
    {
        var (text, _) = ReportIngest.Text.TextDecoder.Decode(source.Bytes);
        var builder = new LineTableBuilder();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            builder.AddLine(lines[i].TrimEnd('\r'), i + 1);
        return new Document(Format, builder.Blocks);
    }
}

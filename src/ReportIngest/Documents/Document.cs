namespace ReportIngest.Documents;

/// <summary>What a reader produces: the document's blocks in reading order. Knows nothing of any template.</summary>
public sealed class Document
{
    public Document(InputFormat format, IReadOnlyList<DocumentBlock> blocks, PageInfo? page = null)
    {
        Format = format;
        Blocks = blocks;
        Page = page ?? PageInfo.None;
    }

    public InputFormat Format { get; }
    public IReadOnlyList<DocumentBlock> Blocks { get; }

    /// <summary>Web-page fields, attachments and images; empty for formats that have none.</summary>
    public PageInfo Page { get; }

    /// <summary>How the document was converted before it was read (a DOC through LibreOffice), or null.</summary>
    public string? Conversion { get; init; }

    /// <summary>All running text, one block per line, for metadata and pre-2019 storage.</summary>
    public string PlainText =>
        _plainText ??= string.Join(
            '\n',
            Blocks.Select(b =>
                b switch
                {
                    TextBlock t => t.Text,
                    GridBlock g => string.Join('\n', g.Grid.Rows.Select(r => string.Join('\t', r.Select(c => c.Text)))),
                    _ => "",
                }
            )
        );

    private string? _plainText;
}

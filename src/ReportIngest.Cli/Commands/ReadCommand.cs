using System.CommandLine;
using ReportIngest.Documents;
using ReportIngest.Readers;

namespace ReportIngest.Cli.Commands;

/// <summary><c>read FILE</c>: a document as the reader sees it, before any template mapping; nothing is
/// stored.</summary>
public static class ReadCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The document to read" };
        var command = new Command(
            "read",
            "Print a document as the reader sees it (text lines and table grids, each with its locator), without mapping it to the template or storing it. For finding out why a cell was missed."
        );
        command.Arguments.Add(file);
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"error: no such file: {path}");
                return ExitCodes.Usage;
            }
            try
            {
                Print(DocumentReaders.Default.Read(SourceDocument.FromFile(path.FullName)));
                return ExitCodes.Ok;
            }
            catch (DocumentReadException e)
            {
                Console.Error.WriteLine($"error: {path}: {e.Message}");
                return ExitCodes.SomeDocumentsFailed;
            }
        });
        return command;
    }

    private static void Print(Document document)
    {
        Console.WriteLine($"format {document.Format.ToString().ToLowerInvariant()}, {document.Blocks.Count} block(s)");
        foreach (var (code, value) in document.Page.Fields)
            Console.WriteLine($"field {code}: {value}");
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case TextBlock text:
                    Console.WriteLine($"{(text.IsHeading ? "#" : " ")} {text.Text}    [{text.Locator}]");
                    break;
                case GridBlock grid:
                    Console.WriteLine($"  ┌ table, {grid.Grid.Rows.Count} row(s)");
                    foreach (var row in grid.Grid.Rows)
                        Console.WriteLine(
                            "  │ "
                                + string.Join(
                                    " | ",
                                    row.Select(c =>
                                        $"{c.Col}{(c.RowSpan > 1 || c.ColSpan > 1 ? $"({c.RowSpan}x{c.ColSpan})" : "")}:{c.Text}"
                                    )
                                )
                                + $"    [{row[0].Locator}]"
                        );
                    break;
            }
        }
    }
}

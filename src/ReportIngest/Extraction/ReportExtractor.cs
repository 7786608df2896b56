using ReportIngest.Documents;
using ReportIngest.Templates;

namespace ReportIngest.Extraction;

/// <summary>
/// Turns a <see cref="Document"/> into facts: puts rows that conversions took apart back together, observes template
/// tables by row label and column header (a table is recognised by its own header, wherever it stands), decides each
/// table's version, aligns every row's values with the version's columns (and the extra columns its header names) and
/// reports what does not fit.
/// </summary>
public sealed class ReportExtractor(LabelMatcher matcher)
{
    public static ReportExtractor Default { get; } = new(LabelMatcher.Default);

    public ExtractedReport Extract(Document document)
    {
        var lines = RowAssembler.Assemble(ReportLine.From(document).ToList(), matcher);
        var observer = new TableObserver(matcher, SectionRecognizer.GridSections(lines));
        foreach (var line in lines)
            observer.Observe(line);
        observer.Finish();

        var textLines = document.Blocks.OfType<TextBlock>().Select(b => b.Text).ToList();
        var metadata = MetadataExtractor.Extract(textLines, document.Page);
        if (LegacyReportDetector.IsLegacy(document.PlainText, metadata.ReportYear))
            return WithoutTables(
                metadata,
                document,
                ContentKind.Legacy,
                "a report in the pre-2019 form (none of the national template's anchors, the old regime's markers present); stored with its text, no cells read"
            );
        var versions = VersionDetector.Detect(observer.Tables, metadata.ReportYear);

        var facts = new List<Fact>();
        var issues = new List<StructuralIssue>(observer.Issues);

        foreach (var code in TemplateCatalog.TableCodes)
        {
            if (!observer.Tables.TryGetValue(code, out var observation))
                continue;
            var definition = TemplateCatalog.Get(versions[code]).Table(code)!;
            TableFacts(definition, observation, facts, issues);
        }

        foreach (
            var code in TemplateCatalog.TableCodes.Where(c => !observer.Tables.ContainsKey(c) && versions.Count > 0)
        )
        {
            var version = versions.Values.Max();
            if (TemplateCatalog.Get(version).Table(code) is not null)
                issues.Add(
                    StructuralIssue.Info(
                        code,
                        code,
                        $"table {code} of {version.ToCode()} not found in the document",
                        Locator.None,
                        []
                    )
                );
        }

        if (versions.Count > 0)
            return new ExtractedReport(metadata, versions, facts, issues, document.PlainText, document.Page);
        var (kind, explanation) = WithoutTemplateTables(document, metadata);
        return WithoutTables(metadata, document, kind, explanation);
    }

    /// <summary>What a document without any template table holds, and the sentence that tells a user so.</summary>
    private static (ContentKind Kind, string Explanation) WithoutTemplateTables(
        Document document,
        ReportMetadata metadata
    )
    {
        var page = document.Page;
        if (page.Images > 0 && string.IsNullOrWhiteSpace(document.PlainText))
            return (
                ContentKind.ImageOnly,
                $"the document has no text, only {page.Images} image(s) (a scan?): it needs OCR before its tables can be read"
            );
        if (!metadata.LooksLikeAnnualReport)
            return (
                ContentKind.NotAReport,
                "not a government information disclosure annual report: no report title and no table of the national template (a list page, an error page or another document)"
            );
        if (page.Attachments.Count > 0)
            return (
                ContentKind.AttachmentOnly,
                $"the page only links to the report as a file: {string.Join(", ", page.Attachments)}"
            );
        if (page.Images > 0)
            return (
                ContentKind.ImageOnly,
                $"the page shows the report as {page.Images} image(s); no table text to read"
            );
        return (ContentKind.Report, "no table of the national template found; stored with its text");
    }

    private static ExtractedReport WithoutTables(
        ReportMetadata metadata,
        Document document,
        ContentKind kind,
        string explanation
    ) =>
        new(
            metadata,
            new Dictionary<string, TemplateVersion>(),
            [],
            [StructuralIssue.Info("document", ScopeOf(kind), explanation, Locator.None)],
            document.PlainText,
            document.Page,
            kind
        );

    private static string ScopeOf(ContentKind kind) =>
        kind switch
        {
            ContentKind.Legacy => "pre2019",
            ContentKind.AttachmentOnly => "attachment_only",
            ContentKind.ImageOnly => "image_only",
            ContentKind.NotAReport => "not_a_report",
            _ => "no_tables",
        };

    private static void TableFacts(
        TableDefinition table,
        TableObservation observation,
        List<Fact> facts,
        List<StructuralIssue> issues
    )
    {
        var seen = new HashSet<string>();
        var (placed, gapIssues) = GapFiller.Fill(table, observation);
        issues.AddRange(gapIssues);
        var rows = observation.Rows.Concat(placed).ToList();
        // every row of a grid shares its header
        var headers = new Dictionary<(int?, string), IReadOnlyDictionary<string, ColumnSpan>?>();
        IReadOnlyDictionary<string, ColumnSpan>? HeaderOf(int? grid, IReadOnlyList<string> columns)
        {
            var key = (grid, string.Join(',', columns));
            if (!headers.TryGetValue(key, out var header))
                headers[key] = header = HeaderFor(table, columns, observation.HeaderCells(grid))
                    ?? HeaderFor(table, columns, observation.InheritedHeaderCells(grid));
            return header;
        }
        // the most figures a row of each grid prints (a surplus says the grid has a column the template does not)
        var widest = rows.Where(r => r.GridIndex is not null)
            .GroupBy(r => r.GridIndex!.Value)
            .ToDictionary(g => g.Key, g => g.Max(r => r.Parts.NonBlankCount));
        int WidestOf(int? grid) => grid is { } index ? widest.GetValueOrDefault(index) : 0;
        IReadOnlyList<GridCell> HeaderCellsOf(int? grid) =>
            observation.HeaderCells(grid) is { Count: > 0 } own ? own : observation.InheritedHeaderCells(grid);

        foreach (var group in rows.GroupBy(r => r.Row.Code))
        {
            var row = table.Row(group.Key);
            // A group row of this version (2021's （六）其他处理) whose label names a row of the other version: set aside.
            if (row is null && table.Groups.Any(g => g.Code == group.Key))
            {
                if (group.Any(r => r.Parts.NonBlankCount > 0))
                    issues.Add(
                        StructuralIssue.Info(
                            table.Code,
                            group.Key,
                            $"group row \"{group.First().Parts.FullLabel}\" prints the sums of its items; no template cell holds them, they are not stored",
                            group.First().Locator
                        )
                    );
                continue;
            }
            if (row is null)
            {
                issues.Add(
                    StructuralIssue.Warning(
                        table.Code,
                        group.Key,
                        $"row \"{group.First().Parts.FullLabel}\" belongs to another template version than the rest of {table.Code}; its values are not assigned",
                        group.First().Locator
                    )
                );
                continue;
            }
            // A row seen twice, once blank and once with figures: the blank one is a fragment (a wrapped label's part).
            var printed = group.Any(r => r.Parts.NonBlankCount > 0)
                ? group.Where(r => r.Parts.NonBlankCount > 0)
                : group;
            foreach (var observed in printed)
                RowFactReader.Read(table, row, HeaderOf, HeaderCellsOf, WidestOf, observed, seen, facts, issues);
        }

        foreach (var row in table.Rows.Where(r => !rows.Any(o => o.Row.Code == r.Code)))
            issues.Add(
                StructuralIssue.Info(
                    table.Code,
                    row.Code,
                    $"row \"{row.Label}\" not found in the document",
                    Locator.None,
                    table.Columns.Select(c => CellKey.Of(table.Code, row.Code, c.Code)).ToArray()
                )
            );
    }

    private static IReadOnlyDictionary<string, ColumnSpan>? HeaderFor(
        TableDefinition table,
        IReadOnlyList<string> columns,
        IReadOnlyList<GridCell> headerCells
    )
    {
        if (headerCells.Count == 0)
            return null;
        if (table.Code == "s4")
            return HeaderColumns.LocateReviewLitigation(columns, headerCells);
        return HeaderColumns.Locate(
            table.Columns.Where(c => columns.Contains(c.Code)).ToList(),
            headerCells,
            table.ExtraColumns
        );
    }
}

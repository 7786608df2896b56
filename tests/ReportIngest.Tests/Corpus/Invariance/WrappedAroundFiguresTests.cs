using ReportIngest.Documents;
using ReportIngest.Text;

namespace ReportIngest.Tests.Corpus.Invariance;

/// <summary>
/// A PDF whose table has a narrow label column, converted to text with its layout kept (<c>pdftotext -layout</c> of a
/// LibreOffice PDF): every long label is wrapped over several lines in its column and the row's figures stand on the
/// middle line, on a line of their own between the label's pieces, or beside one piece. The pieces above and under the
/// figures may each name a row on their own (禁止公开, 收费通知要求缴纳费) and print nothing: they are never rows printed
/// blank, and the figures are never another row's. Whatever such a text loses, it never changes a stored value.
/// </summary>
public class WrappedAroundFiguresTests
{
    private const int FiguresAt = 52;
    private const int FigureStride = 9;
    private static readonly int[] LabelAt = [0, 16, 32];
    private static readonly int[] LabelWidth = [7, 7, 9];

    public static TheoryData<string, bool, bool> Cases()
    {
        var cases = new TheoryData<string, bool, bool>();
        foreach (
            var name in new[]
            {
                "gen_01_gov2019_clean.md",
                "gen_02_gov2021_clean.md",
                "gen_03_gov2019_fault.txt",
                "gen_04_gov2021_clean.txt",
                "gen_05_gov2021_fault.md",
                "gen_06_gov2021_blanks.md",
            }
        )
        foreach (var figuresApart in new[] { false, true })
        foreach (var characterColumns in new[] { false, true })
            cases.Add(name, figuresApart, characterColumns);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_label_wrapped_around_its_figures_never_changes_a_stored_value(
        string name,
        bool figuresApart,
        bool characterColumns
    )
    {
        var source = SourceDocument.FromFile(Path.Combine(TestPaths.Corpus, "generated", name));
        var original = ConvertedText.Facts(source.Bytes);
        var converted = ConvertedText.Facts(
            ConvertedText.Rewrite(source, fields => LaidOut(fields, figuresApart, characterColumns))
        );

        var changed = ConvertedText.Changed(original, converted);

        Assert.True(changed.Count == 0, $"{changed.Count} cells read otherwise: {string.Join("; ", changed.Take(8))}");
        // most rows are read: a label's pieces around a line of figures alone join where together they name a row
        // whole (the least of these cases reads 151 of 200 cells; 116 before the pieces were joined)
        var read = original.Values.Count(f =>
            converted.TryGetValue(f.Key, out var c) && (c.Status, c.Value) == (f.Status, f.Value)
        );
        Assert.True(read >= 0.75 * original.Count, $"{read}/{original.Count} cells read");
        // section 二's labels are short: each row is one line, its figures beside it, and read whole
        var proactive = original.Values.Where(f => f.Table.StartsWith("s2", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(proactive);
        Assert.All(proactive, f =>
            Assert.Equal((f.Status, f.Value), (converted[f.Key].Status, converted[f.Key].Value))
        );
    }

    public static TheoryData<string, bool, bool> RealCases()
    {
        var cases = new TheoryData<string, bool, bool>();
        foreach (
            var name in new[]
            {
                "000_taizhou_jgswglj_2019.md",
                "005_shanghai_kewei_2024.md",
                "007_suqian_shuyangxian_2025.txt",
            }
        )
        foreach (var figuresApart in new[] { false, true })
        foreach (var characterColumns in new[] { false, true })
            cases.Add(name, figuresApart, characterColumns);
        return cases;
    }

    /// <summary>
    /// The real reports of <c>../shared/corpus</c> that are text laid out the same way. The OCR text's sub-headings
    /// (### (二) 部分公开) name the row of the table under them: a heading is never a row printed blank, even where the
    /// table's row is not read (it was: 7 cells read blank for figures).
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(RealCases))]
    public void A_real_report_laid_out_so_never_changes_a_stored_value(
        string name,
        bool figuresApart,
        bool characterColumns
    )
    {
        var path = Path.Combine(TestPaths.SharedCorpus, "real", name);
        Skip.IfNot(File.Exists(path), $"shared corpus not found at {TestPaths.SharedCorpus} (a fresh clone has none)");
        var source = SourceDocument.FromFile(path);
        var original = ConvertedText.Facts(source.Bytes);
        var converted = ConvertedText.Facts(
            ConvertedText.Rewrite(source, fields => LaidOut(fields, figuresApart, characterColumns))
        );

        var changed = ConvertedText.Changed(original, converted);

        Assert.NotEmpty(original);
        Assert.True(changed.Count == 0, $"{changed.Count} cells read otherwise: {string.Join("; ", changed.Take(8))}");
    }

    /// <summary>
    /// A table row laid out in columns of spaces: up to three label columns, each wrapped to its width, and the figures
    /// in columns of their own on the middle line of the label's lines (with an even number of lines, or
    /// <paramref name="figuresApart"/>, on a line of their own there). Section 二's headers stand over their columns;
    /// other header rows are printed on one line. Columns are counted as a fixed-pitch font shows them (CJK two wide),
    /// or with <paramref name="characterColumns"/> one a character, as <c>pdftotext -layout</c> places them.
    /// </summary>
    private static IEnumerable<string> LaidOut(string[] fields, bool figuresApart, bool characterColumns)
    {
        string Put(string line, (int Column, string Text) cell) => Placed(line, cell, characterColumns);

        var first = Array.FindIndex(fields, f => f.Length > 0 && CellValueParser.IsValueOrPlaceholder(f));
        var labels = (first < 0 ? fields : fields[..first]).Reverse().SkipWhile(f => f.Length == 0).Reverse().ToList();
        if (first < 0 && fields[0] == "信息内容")
            return [fields.Skip(1).Select((f, k) => (FiguresAt + FigureStride * k, f)).Aggregate("信息内容", Put)];
        if (first < 0 && labels.All(l => l.Length <= 9) || labels.Count > LabelAt.Length)
            return [string.Join("   ", fields.Where(f => f.Length > 0))];
        // figures keep their columns, counted from the source's first figure column
        var figureColumn = first < 0 ? 0 : Math.Max(0, first - LabelAt.Length);
        var placed = (first < 0 ? [] : fields[first..])
            .Select((f, k) => (Column: FiguresAt + FigureStride * (figureColumn + k), Text: f))
            .Where(f => f.Text.Length > 0)
            .ToList();
        if (labels.Count == 0)
            return [placed.Aggregate("", Put)];
        var pieces = labels.Select((l, j) => Pieces(l, LabelWidth[j])).ToList();
        var height = pieces.Max(p => p.Count);
        var rows = Enumerable
            .Range(0, height)
            .Select(k => pieces.Select((p, j) => (LabelAt[j], k < p.Count ? p[k] : "")).Aggregate("", Put))
            .ToList();
        if (placed.Count > 0)
        {
            if (height % 2 == 0 || figuresApart && height > 1)
                rows.Insert(height / 2, placed.Aggregate("", Put));
            else
                rows[height / 2] = placed.Aggregate(rows[height / 2], Put);
        }
        return rows.Select(r => r.TrimEnd());
    }

    private static List<string> Pieces(string label, int width) =>
        label.Length == 0 ? [""] : [.. label.Chunk(width).Select(c => new string(c))];

    /// <summary>The line with the cell's text placed at its column, at least one space after what is there.</summary>
    private static string Placed(string line, (int Column, string Text) cell, bool characterColumns)
    {
        if (cell.Text.Length == 0)
            return line;
        var width = characterColumns ? line.Length : line.Sum(c => c > '\u2E80' ? 2 : 1);
        return line + new string(' ', Math.Max(line.Length > 0 ? 1 : 0, cell.Column - width)) + cell.Text;
    }
}

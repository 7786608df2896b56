using ReportIngest.Generator.Variations;
using ReportIngest.Templates;

namespace ReportIngest.Generator;

/// <summary>
/// What one generated document should be: its file name (the extension picks the format: .md, .txt, .html or .pdf),
/// template version, planted fault, and how it prints. <paramref name="Large"/> makes the filer a government
/// handling thousands of requests. <paramref name="Placeholders"/> prints some zeros as "-", "/", "无" or "—"
/// (template.md §8.3); <paramref name="MoneyUnits"/> prints money with its unit in the cell ("251000元", §8.4);
/// <paramref name="Html"/> says how an .html page is built, <paramref name="Pdf"/> how a .pdf is printed, <paramref
/// name="Docx"/> how a .docx is saved (defaults when null). <paramref name="Variations"/> are the real-world deviations
/// it carries, each applied where it makes sense for the format.
/// </summary>
public sealed record DocumentSpec(
    string FileName,
    TemplateVersion Version,
    Fault Fault,
    bool Large = false,
    bool BlankZeros = false,
    bool ThousandsSeparators = false,
    bool Placeholders = false,
    bool MoneyUnits = false,
    HtmlOptions? Html = null,
    PdfOptions? Pdf = null,
    DocxOptions? Docx = null,
    Variation Variations = Variation.None
);

/// <summary>How a Word document is saved, after what Word and WPS write.</summary>
/// <param name="SplitRuns">Figures and labels split over two runs (w:r), as editing leaves them.</param>
/// <param name="PageBreakSplit">Section 三 broken by a page break into two tables (two w:tbl), the second without the
/// header and with the cut merged labels left empty.</param>
/// <param name="TrackedChanges">One figure corrected with tracked changes (the old figure deleted, the new inserted),
/// text inserted and deleted in the prose.</param>
/// <param name="FieldsAndControls">The signing date a DATE field (simple field with its result), a PAGE field (field
/// code and result), section 四 inside a content control.</param>
/// <param name="Borderless">Tables without borders (a table laid out only by its cells, printed to PDF without a
/// ruling).</param>
public sealed record DocxOptions(
    bool SplitRuns = false,
    bool PageBreakSplit = false,
    bool TrackedChanges = false,
    bool FieldsAndControls = false,
    bool Borderless = false
)
{
    public static DocxOptions Default { get; } = new();
}

/// <summary>
/// How an HTML page is built, after the government CMS pages met in practice.
/// </summary>
/// <param name="Encoding">The bytes and what the page says about them.</param>
/// <param name="Container">The element around the article (the report), among the page's navigation, sidebar, metadata
/// block and footer.</param>
/// <param name="SplitRequests">Section 三 printed as two tables, or broken inside one (template.md §8.7).</param>
/// <param name="WordMarkup">Markup as Word pastes it: labels broken by &lt;br&gt; or split across spans and paragraphs,
/// headings split across spans, runs of &amp;nbsp;, &lt;o:p&gt;, &lt;font&gt;.</param>
/// <param name="FullWidthDigits">Some figures typed with full-width digits (０-９).</param>
/// <param name="SpanQuirks">
/// The grids real pasted Word tables have: section 二 of gov2019 on five grid columns whose header and data spans
/// disagree (template.md §2.1), section 三 on eleven, with 自然人 two columns wide above an empty cell and 商业企业 two
/// columns wide (the Pingtan 2021 page).
/// </param>
public sealed record HtmlOptions(
    PageEncoding Encoding = PageEncoding.Utf8,
    ArticleContainer Container = ArticleContainer.Trs,
    RequestsSplit SplitRequests = RequestsSplit.None,
    bool WordMarkup = false,
    bool FullWidthDigits = false,
    bool SpanQuirks = false
)
{
    public static HtmlOptions Default { get; } = new();
}

public enum PageEncoding
{
    /// <summary>UTF-8 bytes, <c>&lt;meta charset="utf-8"&gt;</c>.</summary>
    Utf8,

    /// <summary>GBK bytes, <c>&lt;meta http-equiv="Content-Type" content="text/html; charset=gbk"&gt;</c>.</summary>
    GbkDeclared,

    /// <summary>GBK bytes and no charset anywhere in the page (the server's header would have said it).</summary>
    GbkUndeclared,
}

public enum ArticleContainer
{
    /// <summary>TRS WCM: <c>div.article_content &gt; div.TRS_Editor</c>.</summary>
    Trs,

    /// <summary>Hanweb (大汉): a table-laid-out page, the article in <c>div#zoom</c>.</summary>
    Hanweb,

    /// <summary>Plain nested divs with no class or id a reader knows: the body must be found by its text.</summary>
    Generic,
}

public enum RequestsSplit
{
    None,

    /// <summary>Two tables; the second repeats the three header rows and the merged labels the break cut.</summary>
    RepeatHeader,

    /// <summary>Two tables; the second starts with data rows, the merged labels the break cut left as empty merged
    /// cells.</summary>
    NoHeader,

    /// <summary>One table, the merged labels the break cut printed again below it (a Word page break, as on the Pingtan
    /// 2019 page).</summary>
    InTable,
}

/// <summary>
/// How a PDF is printed, after reports exported from WPS and Word (A4, 仿宋 body, 黑体 headings, tables in 宋体) and
/// pages printed from a browser.
/// </summary>
/// <param name="Rulings">How the table borders are drawn, or not at all.</param>
/// <param name="VerticalGroupLabels">The merged 三、本年度办理结果 label of section 三 printed one character per line down its
/// cell.</param>
/// <param name="FauxBold">The title and the section headings drawn twice at the same position, as WPS makes a font bold
/// that has no bold face.</param>
/// <param name="ReviewTwoHeaderRows">Section 四's header in two rows (行政复议 | 行政诉讼（未经复议直接起诉） | 行政诉讼（复议后起诉）, then the
/// outcomes) instead of the template's three.</param>
/// <param name="TableFontSize">Points of the table text: 9 (小五) or 10.5 (五号); a larger size wraps more labels and makes
/// the tables longer.</param>
/// <param name="Producer">Who prints it: the generator's own writer, or LibreOffice printing the Word document (its
/// tables ruled, or without borders when <paramref name="Rulings"/> is none).</param>
public sealed record PdfOptions(
    PdfRulings Rulings = PdfRulings.StrokedLines,
    bool VerticalGroupLabels = false,
    bool FauxBold = false,
    bool ReviewTwoHeaderRows = false,
    double TableFontSize = 9,
    PdfProducer Producer = PdfProducer.Generator
)
{
    public static PdfOptions Default { get; } = new();
}

public enum PdfProducer
{
    /// <summary>The generator's own PDF writer, laying the page out as WPS and Word export it.</summary>
    Generator,

    /// <summary>LibreOffice printing the Word document (<see cref="LibreOfficePdf"/>).</summary>
    LibreOffice,
}

public enum PdfRulings
{
    /// <summary>One stroked path (<c>m l S</c>, 0.5 pt) per ruling, as WPS and LibreOffice draw them.</summary>
    StrokedLines,

    /// <summary>Every cell edge its own 0.75 pt filled rectangle (<c>re f</c>), as Chromium prints a page.</summary>
    ThinRectangles,

    /// <summary>No rulings at all: columns aligned by position only (a borderless table; the stream case).</summary>
    None,
}

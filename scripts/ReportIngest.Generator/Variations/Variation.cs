namespace ReportIngest.Generator.Variations;

/// <summary>
/// The ways real reports deviate from the template's print (template.md §1 and §8, and how offices and converters
/// publish them). Each is an independent switch: any combination can be applied to a document, and each applies to
/// every output format it makes sense for (<see cref="VariationFormats"/>). None of them changes a figure the
/// document states: they change how it is printed, and the truth file says what a careful reader reads.
/// </summary>
[Flags]
public enum Variation : long
{
    None = 0,

    /// <summary>A stray, missing or wrong character in the headings of 二、三、四 (a real 2022 report:
    /// 四、政府信息公开行政法复议、行政诉讼情况).</summary>
    HeadingTypos = 1L << 0,

    /// <summary>The statutory wording of the headings (四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况), other numbering (（三）, 3., 第三部分),
    /// full-width digits.</summary>
    HeadingVariants = 1L << 1,

    /// <summary>The headings of 二、三、四 left out: each table follows the text before it directly.</summary>
    NoHeadings = 1L << 2,

    /// <summary>The whole document converted to Traditional characters, as mirror sites serve it (政府資訊公開, 總計;
    /// template.md §8.16).</summary>
    Traditional = 1L << 3,

    /// <summary>Figures typed with full-width digits (１２３).</summary>
    FullWidthDigits = 1L << 4,

    /// <summary>Label variants the spec names (§8.9): numbering 1、 （1） ①, half-width brackets, 「」 or no quotes round
    /// 三安全一稳定, 结转下一年度继续办理, 规范性文件 in the 2021 form, 第二十条 第（八）项.</summary>
    LabelVariants = 1L << 5,

    /// <summary>Spaces inside labels and headers, as Word's distributed alignment leaves them (自 然 人, 行 政 许
    /// 可).</summary>
    SpacedLabels = 1L << 6,

    /// <summary>One character of a few long labels mistyped or dropped.</summary>
    LabelTypos = 1L << 7,

    /// <summary>Local annotations after labels and headers (Hubei 2020: 规章（设区的市、自治州人民政府应提供相关数据）,
    /// 本年增/减（减用负值表示，如-8）).</summary>
    Annotations = 1L << 8,

    /// <summary>A 法人或其他组织小计 column in section 三 (§8.10): not a template cell, the template columns must not
    /// shift.</summary>
    SubtotalColumn = 1L << 9,

    /// <summary>Extra rows: 其他主动公开文件 in 第二十条第（一）项 (Hubei 2020), a 注： row under section 三, 单位：件 above a table.</summary>
    ExtraRows = 1L << 10,

    /// <summary>Section 二 rows an agency has nothing for left out (规章, 其他对外管理服务事项, the whole 第（八）项; §8.11): no cell,
    /// not a blank.</summary>
    OmittedRows = 1L << 11,

    /// <summary>Section 二 rows printed with nothing in their value cells (行政许可 and an empty cell): blank, not
    /// missing.</summary>
    BlankRows = 1L << 12,

    /// <summary>The 总计 column of section 三 filled only in 一、二、（七）总计 and 四 (Shanghai 2019, §8.2).</summary>
    TotalColumnBlank = 1L << 13,

    /// <summary>Section 三's result groups （三）–（六） as rows of their own with empty cells instead of merged
    /// labels.</summary>
    GroupRows = 1L << 14,

    /// <summary>Section 四 printed as two tables, 行政复议 and 行政诉讼, each with its own header.</summary>
    ReviewSplit = 1L << 15,

    /// <summary>2019's 本年增/减 with its sign or in words (+12, -3, 增加12, 减少3; §8.5).</summary>
    SignedDeltas = 1L << 16,

    /// <summary>Counts printed with their unit in the cell (12件, 3项; §8.4).</summary>
    CountUnits = 1L << 17,

    /// <summary>A 2021 or 2022 report still in the 2019 form (Xi'an Yanliang 2021; §8.12).</summary>
    FormatNotYear = 1L << 18,

    /// <summary>Text: long labels wrap, their figures end the second line; Markdown: a label's end on a row of its
    /// own.</summary>
    WrappedRows = 1L << 19,

    /// <summary>Page numbers (— 5 —, 第5页) and page breaks between table rows (text, Markdown, Word).</summary>
    PageNumbers = 1L << 20,

    /// <summary>Markdown conversions: labels on rows of their own, their figures on the next row.</summary>
    DetachedLabels = 1L << 21,

    /// <summary>Header words broken over rows (商业 / 企业, 法律服 / 务机构) in Markdown, text and Word.</summary>
    BrokenHeaders = 1L << 22,

    /// <summary>PDF and Word: the 总计 column so narrow that a figure of two or more digits wraps inside its
    /// cell.</summary>
    NarrowTotals = 1L << 23,

    /// <summary>Text: columns aligned with spaces instead of tabs, blank cells left as runs of spaces.</summary>
    SpaceAligned = 1L << 24,

    /// <summary>
    /// Word: section 三's header rows marked to repeat on every page the table runs onto (w:tblHeader), so the PDF
    /// LibreOffice prints from it heads each later page's part of the table with the header again.
    /// </summary>
    RepeatedHeaders = 1L << 25,

    /// <summary>
    /// Word: table cells aligned to the top, Word's default, instead of centred as report templates set them; figures
    /// stand beside a label's first line, and a figure stacked over lines runs down from there.
    /// </summary>
    TopAlignedCells = 1L << 26,

    /// <summary>
    /// A note's reference after a few figures (80¹): a superscript in Word and web pages (<c>&lt;sup&gt;</c>), the
    /// superscript digit typed in text, a smaller raised glyph in PDFs. The figure is still the figure; normalised, the
    /// mark would be a digit (801).
    /// </summary>
    NoteMarks = 1L << 27,

    /// <summary>
    /// Text: a PDF converted with its layout kept (<c>pdftotext -layout</c>) where the label column is narrow: columns
    /// counted a character each, labels wrapped over several lines, each row's figures on the middle line of its
    /// label's lines or on a line of their own between its pieces.
    /// </summary>
    LayoutText = 1L << 28,
}

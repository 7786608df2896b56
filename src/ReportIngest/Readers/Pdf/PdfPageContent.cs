using ReportIngest.Documents;

namespace ReportIngest.Readers.Pdf;

/// <summary>What one page holds: its blocks in reading order, how many images, the text lines at its foot, and the
/// notes' marks after its figures.</summary>
internal sealed record PdfPageContent(List<DocumentBlock> Blocks, int Images, PageFoot Foot, List<PageNoteMark> Marks);

using ReportIngest.Documents;

namespace ReportIngest.Readers.Pdf;

/// <summary>What one page holds: its blocks in reading order, how many images, and the text lines at its foot.</summary>
internal sealed record PdfPageContent(List<DocumentBlock> Blocks, int Images, PageFoot Foot);

using ReportIngest.Documents;

namespace ReportIngest.Readers.Pdf;

/// <summary>What one page holds: its blocks in reading order and how many images.</summary>
internal sealed record PdfPageContent(List<DocumentBlock> Blocks, int Images);

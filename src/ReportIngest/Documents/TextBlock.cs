namespace ReportIngest.Documents;

/// <summary>
/// A line or paragraph of running text. <see cref="IsHeading"/> when the source marks it as a heading; its page and
/// box where the source has them (PDF).
/// </summary>
public sealed record TextBlock(string Text, Locator Locator, bool IsHeading = false) : DocumentBlock
{
    public int? Page => Locator.Page;
    public CellBox? Box => Locator.Box;
}

namespace ReportIngest.Documents;

/// <summary>One block of a document in reading order: a line of text, a table, or a table the reader cannot read.</summary>
public abstract record DocumentBlock;

/// <summary>A line or paragraph of running text. <see cref="IsHeading"/> when the source marks it as a heading.</summary>
public sealed record TextBlock(string Text, string Locator, bool IsHeading = false) : DocumentBlock;

/// <summary>A table in the format-neutral grid.</summary>
public sealed record GridBlock(Grid Grid) : DocumentBlock;

/// <summary>A table the reader recognised but cannot turn into a grid (for example raw HTML inside Markdown).</summary>
public sealed record UnsupportedTableBlock(string Reason, string Locator) : DocumentBlock;

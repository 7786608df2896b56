namespace ReportIngest.Documents;

/// <summary>One block of a document in reading order: a line of text or a table.</summary>
public abstract record DocumentBlock;

namespace ReportIngest.Fuzz;

/// <summary>One way to damage a document: its name (for the figures) and what it does to the bytes.</summary>
public sealed record Mutation(string Name, Func<byte[], byte[], Random, byte[]> Apply, Func<string, bool> AppliesTo);

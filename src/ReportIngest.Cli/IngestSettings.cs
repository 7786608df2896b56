namespace ReportIngest.Cli;

/// <param name="ReaderMemoryBytes">Read in reader processes with this memory ceiling each; null reads in this
/// process.</param>
public sealed record IngestSettings(int Workers, TimeSpan TimeLimit, long? ReaderMemoryBytes)
{
    /// <summary>The pipeline these settings describe; dispose it after the run to stop its reader processes.</summary>
    public IngestPipeline Build() => new(this);
}

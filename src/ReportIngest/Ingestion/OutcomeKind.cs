namespace ReportIngest.Ingestion;

public enum OutcomeKind
{
    Stored,
    AlreadyStored,
    Failed,

    /// <summary>Not a document to read (a FIFO, a link out of the folder given…): passed over with the
    /// reason.</summary>
    Skipped,
}

namespace ReportIngest.Ingestion;

/// <summary>What a directory entry is, without following a link: .NET does not tell a FIFO or a device from a
/// file.</summary>
public enum FileKind
{
    Regular,
    Directory,
    Link,
    Fifo,
    Socket,
    Device,
    Missing,
}

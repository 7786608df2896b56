using System.Runtime.InteropServices;

namespace ReportIngest.Ingestion;

/// <summary>
/// The kind of a path as <c>lstat</c> sees it. On Linux this asks <c>statx</c>, whose structure is the same on every
/// architecture; elsewhere the entry is judged by what .NET reports (links and folders only).
/// </summary>
public static partial class FileKinds
{
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsLinux())
            return OfLinux(path);
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
            return FileKind.Link;
        if (Directory.Exists(path))
            return FileKind.Directory;
        return info.Exists ? FileKind.Regular : FileKind.Missing;
    }

    public static string Describe(FileKind kind) =>
        kind switch
        {
            FileKind.Fifo => "a named pipe (FIFO)",
            FileKind.Socket => "a socket",
            FileKind.Device => "a device",
            FileKind.Directory => "a folder",
            FileKind.Link => "a link",
            FileKind.Missing => "missing",
            _ => "a file",
        };

    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;

    // struct statx: stx_mask, stx_blksize, stx_attributes, stx_nlink, stx_uid, stx_gid, then stx_mode
    private const int ModeOffset = 28;

    private static unsafe FileKind OfLinux(string path)
    {
        var buffer = stackalloc byte[256];
        if (Statx(AtCurrentDirectory, path, AtSymlinkNoFollow, StatxType, buffer) != 0)
            return FileKind.Missing;
        return (*(ushort*)(buffer + ModeOffset) & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.Link,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            _ => FileKind.Device,
        };
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Statx(int directory, string path, int flags, uint mask, byte* buffer);
}

namespace ReportIngest.Ingestion;

/// <summary>
/// Expands the paths given to <c>ingest</c> into files, lazily: folders recursively in name order. Ground-truth
/// sidecars (<c>*.truth.json</c>) and hidden files are not documents and are passed over silently. Inside a folder,
/// links to folders are not followed (a link to <c>.</c> would walk forever), a link to a file outside the folder
/// given is not read (it may be any file of the machine), and named pipes, sockets and devices are not read (a pipe
/// blocks, a device never ends): each is returned with the reason, so the run can say so.
/// </summary>
public static class InputFiles
{
    public static IEnumerable<InputFile> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path);
                foreach (var file in Walk(root, root))
                    yield return file;
                continue;
            }
            if (!File.Exists(path))
                throw new FileNotFoundException($"no such file or folder: {path}", path);
            // named on the command line: a link is followed, as the user asked for that file
            var kind = FileKinds.Of(new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path);
            yield return kind == FileKind.Regular
                ? new InputFile(path)
                : new InputFile(path, $"{FileKinds.Describe(kind)}, not a file: not read");
        }
    }

    private static IEnumerable<InputFile> Walk(string folder, string root)
    {
        var entries = Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal).ToList();
        var folders = new List<string>();
        foreach (var entry in entries)
        {
            if (Path.GetFileName(entry).StartsWith('.'))
                continue;
            switch (FileKinds.Of(entry))
            {
                case FileKind.Directory:
                    folders.Add(entry);
                    break;
                case FileKind.Regular:
                    if (!IsSidecar(entry))
                        yield return new InputFile(entry);
                    break;
                case FileKind.Link:
                    if (!IsSidecar(entry))
                        yield return Linked(entry, root);
                    break;
                case FileKind.Missing:
                    break; // removed while walking
                case var other:
                    yield return new InputFile(entry, $"{FileKinds.Describe(other)}, not a file: not read");
                    break;
            }
        }
        foreach (var sub in folders)
        foreach (var file in Walk(sub, root))
            yield return file;
    }

    private static InputFile Linked(string link, string root)
    {
        var target = new FileInfo(link).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? "";
        return (target.Length == 0 ? FileKind.Missing : FileKinds.Of(target)) switch
        {
            FileKind.Missing => new InputFile(link, "a broken link: not read"),
            FileKind.Directory => new InputFile(link, $"a link to a folder ({target}): not followed"),
            FileKind.Regular when Inside(target, root) => new InputFile(link),
            FileKind.Regular => new InputFile(link, $"a link to a file outside {root} ({target}): not read"),
            var other => new InputFile(link, $"a link to {FileKinds.Describe(other)} ({target}): not read"),
        };
    }

    private static bool Inside(string path, string root) =>
        path.StartsWith(
            root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar,
            StringComparison.Ordinal
        );

    private static bool IsSidecar(string file) => file.EndsWith(".truth.json", StringComparison.OrdinalIgnoreCase);
}

namespace ReportIngest.Ingestion;

/// <summary>
/// Expands the paths given to <c>ingest</c> into files, lazily: folders recursively in name order. Ground-truth
/// sidecars (<c>*.truth.json</c>) and hidden files are not documents and are passed over.
/// </summary>
public static class InputFiles
{
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return path;
                continue;
            }
            if (!Directory.Exists(path)) throw new FileNotFoundException($"no such file or folder: {path}", path);
            foreach (var file in Walk(path)) yield return file;
        }
    }

    private static IEnumerable<string> Walk(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            if (!IsSkipped(file)) yield return file;
        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
            if (!Path.GetFileName(sub).StartsWith('.'))
                foreach (var file in Walk(sub)) yield return file;
    }

    private static bool IsSkipped(string file)
    {
        var name = Path.GetFileName(file);
        return name.StartsWith('.') || name.EndsWith(".truth.json", StringComparison.OrdinalIgnoreCase);
    }
}

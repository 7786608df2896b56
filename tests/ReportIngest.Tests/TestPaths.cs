namespace ReportIngest.Tests;

/// <summary>Where the repository and the shared corpus are, found by walking up from the test binaries.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The repository's own corpus (seed report and generated documents).</summary>
    public static string Corpus => Path.Combine(RepositoryRoot, "corpus");

    /// <summary><c>../shared/corpus</c> beside the checkout; absent on a user's fresh clone.</summary>
    public static string SharedCorpus => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));

    /// <summary>Skips the calling test, with the reason, when the shared corpus is not there.</summary>
    public static string RequireShared(string relative)
    {
        var path = Path.Combine(SharedCorpus, relative);
        Skip.IfNot(
            File.Exists(path) || Directory.Exists(path),
            $"shared corpus not found at {path} (it sits beside the checkout as ../shared; a fresh clone has none)"
        );
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportIngest.sln")))
                return dir.FullName;
        throw new InvalidOperationException("ReportIngest.sln not found above " + AppContext.BaseDirectory);
    }
}

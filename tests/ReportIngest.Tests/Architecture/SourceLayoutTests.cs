using System.Text.RegularExpressions;

namespace ReportIngest.Tests.Architecture;

/// <summary>
/// What CSharpier (run by .ci/run) does not hold the sources to: comments within the line width, since it leaves
/// comments as written, and files short enough to read in one sitting.
/// </summary>
public sealed partial class SourceLayoutTests
{
    private const int LineWidth = 120; // max_line_length in .editorconfig
    private const int MaxFileLines = 300;

    [Fact]
    public void Comment_lines_are_kept_within_the_line_width()
    {
        var tooWide = SourceFiles("src", "tests", "scripts")
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, number: i + 1, line)))
            .Where(x => x.line.Length > LineWidth && CommentLine().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(TestPaths.RepositoryRoot, x.file)}:{x.number} ({x.line.Length})")
            .ToList();

        Assert.True(tooWide.Count == 0, $"comment lines over {LineWidth} characters:\n{string.Join("\n", tooWide)}");
    }

    [Fact]
    public void No_file_of_the_library_or_the_program_is_over_300_lines()
    {
        var tooLong = SourceFiles("src")
            .Select(file => (file, lines: File.ReadLines(file).Count()))
            .Where(x => x.lines > MaxFileLines)
            .Select(x => $"{Path.GetRelativePath(TestPaths.RepositoryRoot, x.file)} ({x.lines} lines)")
            .ToList();

        Assert.True(tooLong.Count == 0, $"files over {MaxFileLines} lines:\n{string.Join("\n", tooLong)}");
    }

    private static IEnumerable<string> SourceFiles(params string[] folders) =>
        folders
            .Select(folder => Path.Combine(TestPaths.RepositoryRoot, folder))
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));

    [GeneratedRegex(@"^\s*//")]
    private static partial Regex CommentLine();
}

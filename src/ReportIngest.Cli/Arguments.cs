namespace ReportIngest.Cli;

/// <summary>
/// Checks of command arguments that would otherwise surface as exceptions deep in a command: each gives one line on
/// stderr and exit 2, never a stack trace.
/// </summary>
public static class Arguments
{
    /// <summary>Commands that read a database say so when there is none, rather than create an empty one.</summary>
    public static string? MissingDatabase(string path) =>
        File.Exists(path)
            ? null
            : $"no database at {Path.GetFullPath(path)}: ingest documents first, or name the database with --db";

    /// <summary>The first input named that is neither a file nor a folder.</summary>
    public static string? MissingInput(IEnumerable<string> paths) =>
        paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p)) is { } missing
            ? $"no such file or folder: {missing}"
            : null;

    public static string? OutputFile(string path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
            return $"{option} needs a file name";
        if (Directory.Exists(path))
            return $"{option} {path} is a folder: give the name of a file to write";
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        return folder is null || Directory.Exists(folder) ? null : $"{option} {path}: folder {folder} does not exist";
    }

    public static string? OutputFolder(string path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
            return $"{option} needs a folder name";
        return File.Exists(path) ? $"{option} {path} is a file: give a folder to write into" : null;
    }

    /// <summary>The first problem found, printed; null when there is none.</summary>
    public static int? Refuse(params string?[] problems)
    {
        if (problems.FirstOrDefault(p => p is not null) is not { } problem)
            return null;
        Console.Error.WriteLine($"error: {problem}");
        return ExitCodes.Usage;
    }

    /// <summary>Writing what a command produced failed (no permission, disk full): one line, exit 2.</summary>
    public static int CannotWrite(string path, Exception e)
    {
        Console.Error.WriteLine($"error: cannot write {path}: {e.Message}");
        return ExitCodes.Usage;
    }
}

using System.Security.Cryptography;

namespace ReportIngest.Crawling;

/// <summary>
/// Fetched bytes stored by their SHA-256 (<c>ab/cd/abcd…</c>) under one folder: a file name never comes from a
/// server, the same body is stored once, and a file appears whole or not at all (written aside, then renamed).
/// </summary>
public sealed class RawStore(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Stores <paramref name="bytes"/> (whose SHA-256 the caller may know already); returns their SHA-256
    /// (lower-case hex).</summary>
    public string Put(byte[] bytes, string? sha256 = null)
    {
        sha256 ??= Convert.ToHexStringLower(SHA256.HashData(bytes));
        var path = PathOf(sha256);
        if (File.Exists(path))
            return sha256;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.part";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
        return sha256;
    }

    public byte[] Get(string sha256) => File.ReadAllBytes(PathOf(sha256));

    public bool Contains(string sha256) => File.Exists(PathOf(sha256));

    private string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
            throw new ArgumentException($"not a SHA-256: {sha256}", nameof(sha256));
        return Path.Combine(Root, sha256[..2], sha256[2..4], sha256);
    }
}

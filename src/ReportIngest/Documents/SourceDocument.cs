using System.Security.Cryptography;

namespace ReportIngest.Documents;

/// <summary>The bytes of one input document, with the name it was ingested under and their SHA-256.</summary>
public sealed class SourceDocument
{
    public SourceDocument(string name, byte[] bytes, string? path = null, string? sourceUrl = null)
    {
        Name = name;
        Bytes = bytes;
        Path = path;
        SourceUrl = sourceUrl;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>File name without folders, as the contract's <c>document</c> column shows it.</summary>
    public string Name { get; }
    public byte[] Bytes { get; }
    public string? Path { get; }
    public string? SourceUrl { get; }
    public string Sha256 { get; private init; }

    /// <summary>
    /// The same document with its text re-encoded for reading (UTF-16 as UTF-8): name, path, URL and SHA-256 stay those
    /// of the bytes as published.
    /// </summary>
    public SourceDocument Reencoded(byte[] bytes) => new(Name, bytes, Path, SourceUrl) { Sha256 = Sha256 };

    public static SourceDocument FromFile(string path) =>
        new(System.IO.Path.GetFileName(path), File.ReadAllBytes(path), System.IO.Path.GetFullPath(path));
}

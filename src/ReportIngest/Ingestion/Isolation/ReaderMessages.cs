using System.Text.Json;
using ReportIngest.Documents;

namespace ReportIngest.Ingestion.Isolation;

/// <summary>
/// What goes between the run and a reader process, over the child's stdin and stdout: a document (name, path, URL,
/// bytes), and back either what was read (as JSON) or why it could not be. Length-prefixed binary frames.
/// </summary>
internal static class ReaderMessages
{
    /// <summary>
    /// Chinese text as it is: the default encoder writes every character outside ASCII as \uXXXX, six bytes to escape
    /// and parse for each, which made the answer for a Chinese page several times its size. Nothing here goes into
    /// HTML. Nulls and properties computed from the others (a fact's key) are not sent: a fact of an HTML page is half
    /// as long.
    /// </summary>
    private static readonly ReaderJson Json = new(
        new JsonSerializerOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
            IgnoreReadOnlyProperties = true,
        }
    );

    /// <summary>How much each side of the pipes buffers: every message is flushed whole.</summary>
    public const int BufferBytes = 64 * 1024;

    public static void WriteDocument(BinaryWriter writer, SourceDocument source)
    {
        writer.Write(source.Name);
        writer.Write(source.Path ?? "");
        writer.Write(source.SourceUrl ?? "");
        writer.Write(source.Bytes.Length);
        writer.Write(source.Bytes);
        writer.Flush();
    }

    /// <summary>The next document, or null at the end of the input (the run is done with this reader).</summary>
    public static SourceDocument? ReadDocument(BinaryReader reader)
    {
        string name;
        try
        {
            name = reader.ReadString();
        }
        catch (EndOfStreamException)
        {
            return null;
        }
        var path = reader.ReadString();
        var url = reader.ReadString();
        var bytes = reader.ReadBytes(reader.ReadInt32());
        return new SourceDocument(name, bytes, path.Length == 0 ? null : path, url.Length == 0 ? null : url);
    }

    public static void WriteResult(BinaryWriter writer, ProcessedDocument document)
    {
        writer.Write(true);
        var json = JsonSerializer.SerializeToUtf8Bytes(
            new ReaderAnswer(document.Format, document.Report, document.Findings, document.Conversion),
            Json.ReaderAnswer
        );
        writer.Write(json.Length);
        writer.Write(json);
        writer.Flush();
    }

    public static void WriteFailure(BinaryWriter writer, string reason, bool isInternal)
    {
        writer.Write(false);
        writer.Write(reason);
        writer.Write(isInternal);
        writer.Flush();
    }

    /// <exception cref="DocumentReadException">The reader could not read the document.</exception>
    /// <exception cref="EndOfStreamException">The reader process ended before answering.</exception>
    public static ProcessedDocument ReadResult(BinaryReader reader, SourceDocument source)
    {
        if (!reader.ReadBoolean())
        {
            var reason = reader.ReadString();
            throw new DocumentReadException(reason) { Internal = reader.ReadBoolean() };
        }
        var json = reader.ReadBytes(reader.ReadInt32());
        var read = JsonSerializer.Deserialize(json, Json.ReaderAnswer)
            ?? throw new InvalidDataException("an empty answer from a reader process");
        return new ProcessedDocument(source, read.Format, read.Report, read.Findings) { Conversion = read.Conversion };
    }
}

using System.IO.Compression;
using System.Runtime.InteropServices;
using ReportIngest.Documents;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace ReportIngest.Readers.Pdf;

/// <summary>
/// PdfPig's Flate filter behind a measurement: a stream whose compressed length could inflate past the limit
/// (deflate expands at most 1032-fold) is first inflated into a small buffer that is thrown away, counting bytes;
/// past the limit the document is refused. Smaller streams, nearly all of them, go straight through.
/// </summary>
internal sealed class BoundedFlateFilter(long maxInflatedBytes) : IFilter
{
    private const int MaximumExpansion = 1032;
    private readonly FlateFilter inner = new();

    public bool IsSupported => true;

    public Memory<byte> Decode(
        Memory<byte> input,
        DictionaryToken streamDictionary,
        IFilterProvider filterProvider,
        int filterIndex
    )
    {
        if ((long)input.Length * MaximumExpansion > maxInflatedBytes && InflatesPast(input, maxInflatedBytes))
            throw new DocumentReadException(
                $"a compressed stream of {input.Length / 1024:N0} KB inflates to more than {maxInflatedBytes / (1024 * 1024):N0} MB: refused, no report page holds that much"
            );
        return inner.Decode(input, streamDictionary, filterProvider, filterIndex);
    }

    private static bool InflatesPast(Memory<byte> input, long limit)
    {
        var bytes = MemoryMarshal.TryGetArray<byte>(input, out var segment)
            ? segment
            : new ArraySegment<byte>(input.ToArray());
        if (bytes.Count < 2)
            return false;
        // the two bytes of zlib header are PdfPig's to check; damage is left for PdfPig to report
        using var deflate = new DeflateStream(
            new MemoryStream(bytes.Array!, bytes.Offset + 2, bytes.Count - 2, writable: false),
            CompressionMode.Decompress
        );
        var buffer = new byte[64 * 1024];
        long total = 0;
        try
        {
            int read;
            while ((read = deflate.Read(buffer)) > 0)
                if ((total += read) > limit)
                    return true;
        }
        catch (InvalidDataException) { }
        return false;
    }
}

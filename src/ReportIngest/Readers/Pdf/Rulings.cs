using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace ReportIngest.Readers.Pdf;

/// <summary>
/// The table rulings of a page from its paths: stroked lines (WPS and LibreOffice draw one per ruling) and thin
/// filled rectangles (Chromium draws every cell edge as its own 0.75 pt rectangle); collinear pieces are merged.
/// </summary>
internal static class Rulings
{
    /// <summary>A filled rectangle thinner than this is a line.</summary>
    private const double MaxThickness = 2.5;

    /// <summary>Shorter pieces are glyph parts or dots, not rulings.</summary>
    private const double MinLength = 3;

    /// <summary>Pieces this close on the same line, or this close end to end, are one ruling.</summary>
    public const double Tolerance = 2;

    public static List<Ruling> Read(Page page)
    {
        var pieces = new List<Ruling>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || !(path.IsStroked || path.IsFilled))
                continue;
            foreach (var subpath in path)
            {
                if (
                    path.IsFilled
                    && subpath.GetBoundingRectangle() is { } box
                    && (box.Height <= MaxThickness || box.Width <= MaxThickness)
                )
                {
                    AddPiece(pieces, box.Left, box.Bottom, box.Right, box.Top);
                    continue;
                }
                if (path.IsStroked)
                    AddLines(pieces, subpath);
            }
        }
        return Merge(pieces.Where(p => p.Horizontal)).Concat(Merge(pieces.Where(p => !p.Horizontal))).ToList();
    }

    private static void AddLines(List<Ruling> pieces, PdfSubpath subpath)
    {
        PdfPoint? start = null,
            current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddPiece(pieces, line.From.X, line.From.Y, line.To.X, line.To.Y);
                    current = line.To;
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    AddPiece(pieces, c.X, c.Y, s.X, s.Y);
                    current = start;
                    break;
            }
        }
    }

    private static void AddPiece(List<Ruling> pieces, double x0, double y0, double x1, double y1)
    {
        double width = Math.Abs(x1 - x0),
            height = Math.Abs(y1 - y0);
        if (height <= MaxThickness && width >= MinLength)
            pieces.Add(new Ruling(true, (y0 + y1) / 2, Math.Min(x0, x1), Math.Max(x0, x1)));
        else if (width <= MaxThickness && height >= MinLength)
            pieces.Add(new Ruling(false, (x0 + x1) / 2, Math.Min(y0, y1), Math.Max(y0, y1)));
    }

    /// <summary>Pieces on one line (positions within the tolerance of their neighbour) that touch end to end become one
    /// ruling.</summary>
    private static IEnumerable<Ruling> Merge(IEnumerable<Ruling> pieces)
    {
        var line = new List<Ruling>();
        foreach (var piece in pieces.OrderBy(p => p.At))
        {
            if (line.Count > 0 && piece.At - line[^1].At > Tolerance)
            {
                foreach (var ruling in MergeAlong(line))
                    yield return ruling;
                line.Clear();
            }
            line.Add(piece);
        }
        foreach (var ruling in MergeAlong(line))
            yield return ruling;
    }

    private static IEnumerable<Ruling> MergeAlong(List<Ruling> line)
    {
        Ruling? open = null;
        foreach (var piece in line.OrderBy(p => p.From))
        {
            if (open is not null && piece.From <= open.To + Tolerance)
            {
                open = open with { To = Math.Max(open.To, piece.To) };
                continue;
            }
            if (open is not null)
                yield return open;
            open = piece;
        }
        if (open is not null)
            yield return open;
    }
}

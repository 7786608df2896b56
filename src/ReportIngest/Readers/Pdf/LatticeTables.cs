namespace ReportIngest.Readers.Pdf;

/// <summary>
/// Ruled tables from rulings: rulings that touch form one table; its distinct ruling positions make the grid;
/// two neighbouring grid cells with no ruling between them are one merged cell (row or column span).
/// </summary>
internal static class LatticeTables
{
    private const double Tolerance = Rulings.Tolerance;

    /// <summary>A boundary counts as drawn when rulings cover this share of it.</summary>
    private const double DrawnShare = 0.5;

    /// <summary>
    /// More rulings than this on one page is a drawing (a chart, a map, a scanned form traced as vectors), not a
    /// table: grouping them pairwise would cost seconds for nothing, so the page is read as text.
    /// </summary>
    private const int MaxRulings = 3000;

    public static List<LatticeTable> Find(List<Ruling> rulings)
    {
        var tables = new List<LatticeTable>();
        if (rulings.Count > MaxRulings)
            return tables;
        foreach (var group in ConnectedGroups(rulings))
        {
            var horizontals = group.Where(r => r.Horizontal).ToList();
            var verticals = group.Where(r => !r.Horizontal).ToList();
            // Outer borders are often left undrawn (an open table): the rulings' own extent closes the grid.
            var ys = Distinct(horizontals.Select(r => r.At).Concat(Extent(verticals)))
                .OrderByDescending(y => y)
                .ToList(); // top to bottom
            var xs = Distinct(verticals.Select(r => r.At).Concat(Extent(horizontals))).OrderBy(x => x).ToList();
            if (ys.Count < 2 || xs.Count < 2)
                continue;
            var (cells, cellAt) = Cells(xs, ys, horizontals, verticals);
            tables.Add(new LatticeTable([.. xs], [.. ys], cells, cellAt));
        }
        return tables.OrderByDescending(t => t.Top).ToList();
    }

    private static (List<LatticeCell> Cells, int[,] CellAt) Cells(
        List<double> xs,
        List<double> ys,
        List<Ruling> horizontals,
        List<Ruling> verticals
    )
    {
        int rows = ys.Count - 1,
            cols = xs.Count - 1;
        // The rulings on each grid line, found once: a border is then tested against the few pieces on its own line.
        var onVertical = xs.Select(x => verticals.Where(v => Math.Abs(v.At - x) <= Tolerance).ToList()).ToArray();
        var onHorizontal = ys.Select(y => horizontals.Where(h => Math.Abs(h.At - y) <= Tolerance).ToList()).ToArray();
        var right = new bool[rows, cols]; // the border right of (r, c) is drawn
        var below = new bool[rows, cols]; // the border below (r, c) is drawn
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < cols; c++)
        {
            right[r, c] = c + 1 == cols || Drawn(onVertical[c + 1], ys[r + 1], ys[r]);
            below[r, c] = r + 1 == rows || Drawn(onHorizontal[r + 1], xs[c], xs[c + 1]);
        }

        var joined = Regions(rows, cols, right, below, acrossRows: true);
        var regionOf = new int[rows * cols];
        for (var k = 0; k < joined.Count; k++)
            foreach (var i in joined[k])
                regionOf[i] = k;
        var rowParts = new Lazy<List<int[]>>(() => Regions(rows, cols, right, below, acrossRows: false));
        var regions = joined.SelectMany(
            (region, k) =>
                HasInnerRuling(region, k, regionOf, cols, right, below)
                    ? rowParts.Value.Where(part => regionOf[part[0]] == k) // a row part lies wholly inside one region
                    : [region]
        );

        var cells = new List<LatticeCell>();
        var cellAt = new int[rows, cols];
        foreach (var region in regions)
        {
            var (r0, r1, c0, c1) = (int.MaxValue, int.MinValue, int.MaxValue, int.MinValue);
            foreach (var i in region)
            {
                var (r, c) = Math.DivRem(i, cols);
                (r0, r1, c0, c1) = (Math.Min(r0, r), Math.Max(r1, r), Math.Min(c0, c), Math.Max(c1, c));
                cellAt[r, c] = cells.Count;
            }
            cells.Add(new LatticeCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1, xs[c0], ys[r1 + 1], xs[c1 + 1], ys[r0]));
        }
        return (cells, cellAt);
    }

    /// <summary>
    /// Grid positions joined wherever the border between them is not drawn; with <paramref name="acrossRows"/> false,
    /// only within a row.
    /// </summary>
    private static List<int[]> Regions(int rows, int cols, bool[,] right, bool[,] below, bool acrossRows)
    {
        var parent = Enumerable.Range(0, rows * cols).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
                i = parent[i] = parent[parent[i]];
            return i;
        }
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < cols; c++)
        {
            if (!right[r, c])
                parent[Find(r * cols + c)] = Find(r * cols + c + 1);
            if (acrossRows && !below[r, c])
                parent[Find(r * cols + c)] = Find((r + 1) * cols + c);
        }
        return Groups(rows * cols, Find);
    }

    /// <summary>The indexes 0…count-1 grouped by their root, in order of first appearance, each group in ascending
    /// order.</summary>
    private static List<int[]> Groups(int count, Func<int, int> rootOf)
    {
        var roots = new int[count];
        var sizes = new int[count];
        for (var i = 0; i < count; i++)
            sizes[roots[i] = rootOf(i)]++;
        var groupOf = new int[count][];
        var filled = new int[count];
        var groups = new List<int[]>();
        for (var i = 0; i < count; i++)
        {
            var root = roots[i];
            if (groupOf[root] is null)
                groups.Add(groupOf[root] = new int[sizes[root]]);
            groupOf[root][filled[root]++] = i;
        }
        return groups;
    }

    /// <summary>
    /// A merged cell has no ruling inside it. A region that has one was joined through borders left undrawn in another
    /// row (LibreOffice drops some borders: a header run into the first data row); it is split into its rows.
    /// </summary>
    private static bool HasInnerRuling(
        int[] region,
        int regionIndex,
        int[] regionOf,
        int cols,
        bool[,] right,
        bool[,] below
    )
    {
        foreach (var i in region)
        {
            var (r, c) = Math.DivRem(i, cols);
            if (c + 1 < cols && regionOf[i + 1] == regionIndex && right[r, c])
                return true;
            if (i + cols < regionOf.Length && regionOf[i + cols] == regionIndex && below[r, c])
                return true;
        }
        return false;
    }

    /// <summary>True when the rulings of one grid line cover most of the span <paramref name="from"/>–<paramref
    /// name="to"/>.</summary>
    private static bool Drawn(List<Ruling> onLine, double from, double to)
    {
        var covered = 0.0;
        foreach (var ruling in onLine)
            covered += Math.Max(0, Math.Min(ruling.To, to) - Math.Max(ruling.From, from));
        return covered >= (to - from) * DrawnShare;
    }

    private static IEnumerable<double> Extent(List<Ruling> rulings) =>
        rulings.Count == 0 ? [] : [rulings.Min(r => r.From), rulings.Max(r => r.To)];

    /// <summary>Positions closer than the tolerance are one grid line.</summary>
    private static List<double> Distinct(IEnumerable<double> positions)
    {
        var result = new List<double>();
        foreach (var p in positions.Order())
            if (result.Count == 0 || p - result[^1] > Tolerance)
                result.Add(p);
        return result;
    }

    private static List<List<Ruling>> ConnectedGroups(List<Ruling> rulings)
    {
        var parent = Enumerable.Range(0, rulings.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < rulings.Count; i++)
        for (var j = i + 1; j < rulings.Count; j++)
            if (Touch(rulings[i], rulings[j]))
                parent[Find(i)] = Find(j);
        return Groups(rulings.Count, Find).Select(group => group.Select(i => rulings[i]).ToList()).ToList();
    }

    private static bool Touch(Ruling a, Ruling b)
    {
        if (a.Horizontal == b.Horizontal)
            return Math.Abs(a.At - b.At) <= Tolerance && a.From <= b.To + Tolerance && b.From <= a.To + Tolerance;
        var (h, v) = a.Horizontal ? (a, b) : (b, a);
        return h.Covers(v.At, Tolerance) && v.Covers(h.At, Tolerance);
    }
}

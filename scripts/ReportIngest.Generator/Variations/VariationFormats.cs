namespace ReportIngest.Generator.Variations;

/// <summary>Which output formats (file extensions) each <see cref="Variation"/> applies to; the rest apply to
/// all.</summary>
public static class VariationFormats
{
    public static readonly string[] All = [".md", ".txt", ".html", ".pdf", ".docx"];

    private static readonly Dictionary<Variation, string[]> Only = new()
    {
        [Variation.WrappedRows] = [".md", ".txt"],
        [Variation.PageNumbers] = [".md", ".txt"],
        [Variation.DetachedLabels] = [".md"],
        [Variation.BrokenHeaders] = [".md", ".txt"],
        [Variation.NarrowTotals] = [".pdf", ".docx"],
        [Variation.SpaceAligned] = [".txt"],
        [Variation.RepeatedHeaders] = [".pdf", ".docx"],
        [Variation.TopAlignedCells] = [".pdf", ".docx"],
        [Variation.NoteMarks] = [".md", ".txt", ".html", ".pdf", ".docx"],
        [Variation.LayoutText] = [".txt"],
    };

    /// <summary>Every single variation, in declaration order.</summary>
    public static IEnumerable<Variation> Each() => Enum.GetValues<Variation>().Where(v => v != Variation.None);

    public static bool AppliesTo(Variation variation, string extension) =>
        !Only.TryGetValue(variation, out var formats) || formats.Contains(extension);

    /// <summary>The variations of <paramref name="set"/> that apply to <paramref name="extension"/>.</summary>
    public static Variation For(Variation set, string extension) =>
        Each().Where(v => set.HasFlag(v) && AppliesTo(v, extension)).Aggregate(Variation.None, (a, v) => a | v);
}

using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace ReportIngest.Readers.Pdf;

/// <summary>
/// PdfPig's filters, except that a Flate stream able to inflate past <see cref="MaxInflatedBytes"/> is measured
/// before PdfPig inflates it into memory whole: a 1.5 MB stream of zeros holds 1.6 GB.
/// </summary>
internal sealed class BoundedFilterProvider : IFilterProvider
{
    /// <summary>Far above any page's content, font or picture; far below the reader's memory ceiling.</summary>
    public const long MaxInflatedBytes = 256L * 1024 * 1024;

    public static readonly BoundedFilterProvider Instance = new(DefaultFilterProvider.Instance, MaxInflatedBytes);

    private readonly IFilterProvider inner;
    private readonly BoundedFlateFilter flate;

    public BoundedFilterProvider(IFilterProvider inner, long maxInflatedBytes)
    {
        this.inner = inner;
        flate = new BoundedFlateFilter(maxInflatedBytes);
    }

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Bound(inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) =>
        Bound(inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Bound(inner.GetAllFilters());

    private IReadOnlyList<IFilter> Bound(IReadOnlyList<IFilter> filters) =>
        filters.Any(f => f is FlateFilter) ? [.. filters.Select(f => f is FlateFilter ? flate : f)] : filters;
}

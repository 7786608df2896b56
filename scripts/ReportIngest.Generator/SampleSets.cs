using ReportIngest.Templates;

namespace ReportIngest.Generator;

/// <summary>The documents to generate: the committed sample set, or any number cycling through the variants.</summary>
public static class SampleSets
{
    /// <summary>The committed sample set: both versions, both formats, two kinds of fault and a filing with blank cells.</summary>
    public static IReadOnlyList<DocumentSpec> Fixed { get; } =
    [
        new("gen_01_gov2019_clean.md", TemplateVersion.Gov2019, Fault.None, Large: true),
        new("gen_02_gov2021_clean.md", TemplateVersion.Gov2021, Fault.None, Large: true, ThousandsSeparators: true),
        new("gen_03_gov2019_fault.txt", TemplateVersion.Gov2019, Fault.LeafTypo),
        new("gen_04_gov2021_clean.txt", TemplateVersion.Gov2021, Fault.None, Large: true, ThousandsSeparators: true),
        new("gen_05_gov2021_fault.md", TemplateVersion.Gov2021, Fault.ReviewTotalZero),
        new("gen_06_gov2021_blanks.md", TemplateVersion.Gov2021, Fault.None, BlankZeros: true),
    ];

    /// <summary><paramref name="count"/> documents: version, format, fault, size, blanks and separators each cycle with a different period.</summary>
    public static IEnumerable<DocumentSpec> Cycling(int count)
    {
        var faults = Enum.GetValues<Fault>();
        for (var i = 0; i < count; i++)
        {
            var version = i % 2 == 0 ? TemplateVersion.Gov2019 : TemplateVersion.Gov2021;
            var extension = i / 2 % 2 == 0 ? "md" : "txt";
            var fault = faults[i / 4 % faults.Length];
            var name = $"gen_{i + 1:D5}_{version.ToCode()}_{fault.ToString().ToLowerInvariant()}.{extension}";
            yield return new DocumentSpec(name, version, fault, Large: i % 3 == 0, BlankZeros: i % 7 == 3, ThousandsSeparators: i % 3 == 1);
        }
    }
}

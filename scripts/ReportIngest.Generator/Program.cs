using System.CommandLine;

namespace ReportIngest.Generator;

public static class Program
{
    public static int Main(string[] args)
    {
        var output = new Option<string>("--out")
        {
            Description = "Folder to write the documents and their *.truth.json into",
            Required = true,
            HelpName = "DIR",
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the random figures; the same seed gives the same documents",
            DefaultValueFactory = _ => 1,
        };
        var count = new Option<int>("--count")
        {
            Description =
                "0: the fixed sample set of twenty documents (Markdown, text, web pages, PDFs, Word); N: N documents cycling versions, formats (md, txt, html and its variants) and faults",
            DefaultValueFactory = _ => 0,
        };
        var series = new Option<int>("--series")
        {
            Description =
                "N: instead, N agencies' reports for every year 2019–2025, linked year to year, with carry-over mismatches planted in about a third (Markdown)",
            HelpName = "AGENCIES",
        };
        var matrix = new Option<int>("--matrix")
        {
            Description =
                "N: instead, the variation matrix: every real-world deviation alone in every format it applies to, N documents each (names: {variation}.{format}--…)",
            HelpName = "PER-CELL",
        };
        var combinations = new Option<int>("--combinations")
        {
            Description =
                "N: instead, N documents of random combinations of the deviations, formats and faults (names: combo.{format}--…)",
            HelpName = "N",
        };
        var root = new RootCommand(
            "Generates synthetic 政府信息公开工作年度报告 documents (Markdown, text, CMS web pages, PDFs, Word) with ground-truth files, for evaluating ReportIngest."
        );
        root.Options.Add(output);
        root.Options.Add(seed);
        root.Options.Add(count);
        root.Options.Add(series);
        root.Options.Add(matrix);
        root.Options.Add(combinations);
        root.SetAction(parsed =>
        {
            var folder = parsed.GetValue(output)!;
            if (parsed.GetValue(series) is > 0 and var agencies)
            {
                Directory.CreateDirectory(folder);
                var (written, planted) = SeriesGenerator.Write(
                    folder,
                    parsed.GetValue(seed),
                    agencies,
                    2019,
                    2025,
                    mismatchShare: 0.35
                );
                Console.WriteLine(
                    $"wrote {written} document(s) ({agencies} agencies × 7 years, {planted} carry-over mismatches) with truth files to {Path.GetFullPath(folder)}"
                );
                return 0;
            }
            var n = parsed.GetValue(count);
            var specs =
                parsed.GetValue(matrix) is > 0 and var perCell ? SampleSets.Matrix(perCell).ToList()
                : parsed.GetValue(combinations) is > 0 and var combined
                    ? SampleSets.Combinations(combined, parsed.GetValue(seed)).ToList()
                : n > 0 ? SampleSets.Cycling(n).ToList()
                : SampleSets.Fixed;
            Directory.CreateDirectory(folder);
            var libreOffice = new LibreOfficePdf();
            for (var i = 0; i < specs.Count; i++)
                DocumentGenerator.Write(specs[i], parsed.GetValue(seed), i + 1, folder, libreOffice);
            libreOffice.ConvertAll();
            Console.WriteLine($"wrote {specs.Count} document(s) with truth files to {Path.GetFullPath(folder)}");
            return 0;
        });
        return root.Parse(args).Invoke();
    }
}

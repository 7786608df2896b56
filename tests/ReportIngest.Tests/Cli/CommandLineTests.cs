namespace ReportIngest.Tests.Cli;

[Collection(nameof(ConsoleCollection))]
public class CommandLineTests
{
    private static readonly string Report = SampleReports.ReviewLitigation(10, 1, 0, 0, 0);

    [Fact]
    public void Ingest_check_export_and_show_work_end_to_end()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "t.db");
        folder.File("docs/r.md", Report);
        folder.File("docs/empty.md", "");

        var ingest = CliRunner.Run("ingest", "--db", db, Path.Combine(folder.Path, "docs"));
        Assert.Equal(1, ingest.ExitCode);
        Assert.Contains("1 stored", ingest.Output);
        Assert.Contains("empty.md: empty document", ingest.Output);

        var check = CliRunner.Run("check", "--db", db);
        Assert.Equal(3, check.ExitCode);
        Assert.Contains("R4-SUM", check.Output);
        Assert.Contains("s4.cases.review_total[0]", check.Output);

        var json = CliRunner.Run("check", "--db", db, "--format", "json", "--min-severity", "error");
        Assert.Contains("\"attributed_to\": \"filer\"", json.Output);

        var export = CliRunner.Run("export", "--db", db, "--out", Path.Combine(folder.Path, "out"));
        Assert.Equal(0, export.ExitCode);
        var facts = File.ReadAllLines(Path.Combine(folder.Path, "out", "facts.csv"));
        Assert.Equal(
            "report_id,document,sha256,agency,report_year,template,table,row,col,key,value,raw,status,unit,page,locator",
            facts[0]
        );
        Assert.Equal(16, facts.Length);
        Assert.Contains(facts, l => l.Contains(",s4.cases.review_upheld,10,10,value,,,L7"));
        var findings = File.ReadAllLines(Path.Combine(folder.Path, "out", "findings.csv"));
        Assert.StartsWith(
            "report_id,document,rule,severity,status,scope,expression,left,right,delta,cells,other_report_id,other_document,attributed_to,message",
            findings[0]
        );
        Assert.Contains(findings, l => l.Contains(",R4-SUM,error,fail,review,") && l.Contains(",0,11,-11,"));
        Assert.True(File.Exists(Path.Combine(folder.Path, "out", "datapackage.json")));

        var show = CliRunner.Run("show", "--db", db, "r.md");
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("!0", show.Output); // the flagged review_total
    }

    [Fact]
    public void Usage_errors_exit_2_and_help_explains()
    {
        Assert.Equal(2, CliRunner.Run("ingest").ExitCode);
        Assert.Equal(2, CliRunner.Run("check", "--min-severity", "fatal").ExitCode);
        Assert.Equal(2, CliRunner.Run("ingest", "/no/such/path").ExitCode);
        var help = CliRunner.Run("ingest", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--db", help.Output);
    }

    [Theory]
    [InlineData("export --out {file}", "is a file")]
    [InlineData("ingest {folder}/no/such.pdf --db {folder}/r.db", "no such file or folder")]
    [InlineData("eval {folder}/no/such.pdf", "no such file or folder")]
    [InlineData("eval {folder} --out {file}", "is a file")]
    [InlineData("export --out ", "needs a folder name")]
    [InlineData("report --html {folder}", "is a folder")]
    [InlineData("report --html {folder}/no/such/out.html", "does not exist")]
    [InlineData("export --out {folder}/out --db {folder}/none.db", "no database at")]
    [InlineData("check --db {folder}/none.db", "no database at")]
    [InlineData("show --db {folder}/none.db r.md", "no database at")]
    [InlineData("report --html {folder}/r.html --db {folder}/none.db", "no database at")]
    [InlineData("export --out {folder}/out --wide s9", "s9")]
    public void Bad_arguments_get_one_line_and_exit_2(string command, string said)
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "t.db");
        var document = folder.File("r.md", Report);
        Assert.Equal(0, CliRunner.Run("ingest", "--db", db, document).ExitCode);
        var file = folder.File("existing.csv", "a,b\n");
        var args = command.Replace("{file}", file).Replace("{folder}", folder.Path).Split(' ').ToList();
        if (!args.Contains("--db") && args[0] != "eval") // eval makes a database of its own
            args.AddRange(["--db", db]);

        var run = CliRunner.Run([.. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(said, run.Error);
        Assert.DoesNotContain("   at ", run.Error); // no stack trace
        Assert.False(
            File.Exists(Path.Combine(folder.Path, "none.db")),
            "a command that reads a database does not create one"
        );
    }

    [Fact]
    public void Exporting_into_a_used_folder_replaces_the_earlier_export_and_only_it()
    {
        using var folder = new TempFolder();
        var (older, newer) = (Path.Combine(folder.Path, "2019.db"), Path.Combine(folder.Path, "2021.db"));
        Assert.Equal(
            0,
            CliRunner
                .Run("ingest", "--db", older, folder.File("a/r2019.md", Report.Replace("2021年", "2019年")))
                .ExitCode
        );
        Assert.Equal(0, CliRunner.Run("ingest", "--db", newer, folder.File("b/r2021.md", Report)).ExitCode);
        var output = Path.Combine(folder.Path, "out");
        var notes = folder.File("out/notes.txt", "mine");

        Assert.Equal(
            0,
            CliRunner
                .Run("export", "--db", older, "--out", output, "--format", "parquet", "--partition", "year")
                .ExitCode
        );
        var before = Directory.GetDirectories(Path.Combine(output, "facts")).Select(Path.GetFileName).ToList();
        Assert.Equal(
            0,
            CliRunner
                .Run("export", "--db", newer, "--out", output, "--format", "parquet", "--partition", "year")
                .ExitCode
        );
        var after = Directory.GetDirectories(Path.Combine(output, "facts")).Select(Path.GetFileName).ToList();

        Assert.Single(before);
        Assert.Single(after);
        Assert.NotEqual(before, after);
        Assert.Equal("mine", File.ReadAllText(notes));
    }

    [Fact]
    public void Check_exits_0_when_nothing_reaches_the_threshold()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "t.db");
        var document = folder.File("r.md", SampleReports.ReviewLitigation(10, 1, 0, 0, 11));
        Assert.Equal(0, CliRunner.Run("ingest", "--db", db, document).ExitCode);
        Assert.Equal(0, CliRunner.Run("check", "--db", db, "--min-severity", "error").ExitCode);
    }
}

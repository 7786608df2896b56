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
        Assert.Equal("report_id,document,sha256,agency,report_year,template,table,row,col,key,value,raw,status,unit,page,locator", facts[0]);
        Assert.Equal(16, facts.Length);
        Assert.Contains(facts, l => l.Contains(",s4.cases.review_upheld,10,10,value,,,L7"));
        var findings = File.ReadAllLines(Path.Combine(folder.Path, "out", "findings.csv"));
        Assert.StartsWith("report_id,document,rule,severity,status,scope,expression,left,right,delta,cells,other_report_id,other_document,attributed_to,message", findings[0]);
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

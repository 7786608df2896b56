using ReportIngest.Evaluation;
using ReportIngest.Storage;

namespace ReportIngest.Tests.Evaluation;

/// <summary>The scorer under every accuracy figure: what it counts as right, wrong, missed and raised
/// falsely.</summary>
public class TruthScorerTests
{
    private static FactRow Fact(string key, string? value, string raw, string status)
    {
        var parts = key.Split('.');
        return new FactRow(
            1,
            "d.md",
            "sha",
            null,
            2023,
            "gov2021",
            "gov2021",
            parts[0],
            parts[1],
            parts[2],
            value,
            raw,
            status,
            null,
            null,
            "L1"
        );
    }

    private static FindingRow Finding(
        string rule,
        string scope,
        string severity = "error",
        string attributedTo = "filer"
    ) => new(1, "d.md", rule, severity, "fail", scope, "", "1", "2", "", null, null, attributedTo, "message", 2023);

    private static TruthFile Truth(Dictionary<string, decimal?> cells, params TruthFinding[] findings) =>
        new("d.md", cells, new HashSet<string>(), findings, new Dictionary<string, string>());

    [Fact]
    public void A_cell_is_right_when_its_value_matches_and_a_null_truth_wants_blank_or_placeholder()
    {
        var truth = Truth(
            new()
            {
                ["s4.cases.review_upheld"] = 3,
                ["s4.cases.review_total"] = null,
                ["s4.cases.suit_direct_total"] = null,
            }
        );
        FactRow[] facts =
        [
            Fact("s4.cases.review_upheld", "3", "3件", "value"),
            Fact("s4.cases.review_total", null, "", "blank"),
            Fact("s4.cases.suit_direct_total", null, "—", "placeholder"),
        ];

        var score = TruthScorer.Score(truth, null, facts, []);

        Assert.Equal((3, 3), (score.CellsRight, score.CellsScored));
        Assert.Empty(score.WrongValues);
    }

    [Fact]
    public void A_cell_stored_as_read_but_saying_something_else_is_wrong_and_an_unreadable_one_only_missed()
    {
        var truth = Truth(
            new()
            {
                ["s4.cases.review_upheld"] = 3,
                ["s4.cases.review_total"] = 5,
                ["s4.cases.suit_direct_total"] = null,
                ["s4.cases.suit_after_review_total"] = 7,
            }
        );
        FactRow[] facts =
        [
            Fact("s4.cases.review_upheld", "8", "8", "value"), // another number
            Fact("s4.cases.review_total", null, "", "blank"), // blank where a number stands
            Fact("s4.cases.suit_direct_total", "0", "0", "value"), // a number where none stands
            Fact("s4.cases.suit_after_review_total", null, "7?", "unreadable"), // honest: missed, not wrong
        ];

        var score = TruthScorer.Score(truth, null, facts, []);

        Assert.Equal(0, score.CellsRight);
        Assert.Equal(4, score.CellMisses.Count);
        Assert.Equal(3, score.WrongValues.Count);
        Assert.DoesNotContain(score.WrongValues, w =>
            w.StartsWith("s4.cases.suit_after_review_total", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Filer_findings_match_the_truth_by_rule_and_scope_both()
    {
        var truth = Truth(
            [],
            new TruthFinding("R4-SUM", "review", "error"),
            new TruthFinding("R3-BAL", "natural_person", "warning")
        );
        FindingRow[] findings =
        [
            Finding("R4-SUM", "suit_direct"), // right rule, other scope: false, and the truth's error missed
            Finding("R3-BAL", "natural_person", "warning"),
            Finding("R3-ROW", "new_received", "warning"), // a warning the truth does not list
            Finding("PARSE", "s3", "error", attributedTo: "parser"), // parser problems are not filer errors
        ];

        var score = TruthScorer.Score(truth, null, [], findings);

        Assert.Equal(0, score.ErrorsFound);
        Assert.Equal(["R4-SUM/review"], score.ErrorsMissed);
        Assert.Single(score.FalseFilerErrors, f => f.StartsWith("R4-SUM/suit_direct", StringComparison.Ordinal));
        Assert.Equal(1, score.WarningsFound);
        Assert.Single(score.FalseFilerWarnings, f => f.StartsWith("R3-ROW/new_received", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_truth_scope_is_a_scope_of_its_own_not_a_wildcard()
    {
        var truth = Truth([], new TruthFinding("X3-CARRY", "", "error"));

        var score = TruthScorer.Score(truth, null, [], [Finding("X3-CARRY", "natural_person")]);

        Assert.Equal(0, score.ErrorsFound);
        Assert.Single(score.FalseFilerErrors);
    }
}

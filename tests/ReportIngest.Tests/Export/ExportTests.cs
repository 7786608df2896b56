using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;
using ReportIngest.Export;

namespace ReportIngest.Tests.Export;

public class ExportTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    private static readonly string[] Tables = ["reports", "facts", "findings", "dictionary"];

    private static List<object?[]> Query(string sql)
    {
        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    private static string Sql(string path) => path.Replace("'", "''");

    [Fact]
    public void Parquet_reads_back_in_DuckDB_with_the_rows_of_the_CSV_export_and_typed_columns()
    {
        var csv = fixture.Export("csv", new ExportOptions("csv"));
        var parquet = fixture.Export("parquet", new ExportOptions("parquet"));
        var fields = new Dictionary<string, IReadOnlyList<ExportField>>
        {
            ["reports"] = ExportTables.Reports.Fields,
            ["facts"] = ExportTables.Facts.Fields,
            ["findings"] = ExportTables.Findings.Fields,
            ["dictionary"] = DataDictionary.Table.Fields,
        };
        foreach (var table in Tables)
        {
            var types = Query(
                    $"DESCRIBE SELECT * FROM read_parquet('{Sql(Path.Combine(parquet, table + ".parquet"))}')"
                )
                .Select(r => ((string)r[0]!, (string)r[1]!))
                .ToList();
            Assert.Equal(
                fields[table]
                    .Select(f =>
                        (
                            f.Name,
                            f.Type switch
                            {
                                FieldType.Integer => "BIGINT",
                                FieldType.Number => "DECIMAL(28,12)",
                                _ => "VARCHAR",
                            }
                        )
                    ),
                types
            );

            var fromParquet = Query($"SELECT * FROM read_parquet('{Sql(Path.Combine(parquet, table + ".parquet"))}')");
            var fromCsv = Query(
                $"SELECT * FROM read_csv('{Sql(Path.Combine(csv, table + ".csv"))}', all_varchar = true, header = true)"
            );
            Assert.True(fromCsv.Count > 0, table);
            Assert.Equal(fromCsv.Count, fromParquet.Count);
            for (var row = 0; row < fromCsv.Count; row++)
            for (var col = 0; col < fields[table].Count; col++)
                Assert.True(
                    Same(fields[table][col].Type, (string?)fromCsv[row][col], fromParquet[row][col]),
                    $"{table} row {row} {fields[table][col].Name}: csv '{fromCsv[row][col]}', parquet '{fromParquet[row][col]}'"
                );
        }
    }

    private static bool Same(FieldType type, string? csv, object? parquet) =>
        type switch
        {
            _ when string.IsNullOrEmpty(csv) => parquet is null || (parquet is string s && s.Length == 0),
            FieldType.Integer => parquet is long l && l == long.Parse(csv, CultureInfo.InvariantCulture),
            FieldType.Number => parquet is decimal d && d == decimal.Parse(csv, CultureInfo.InvariantCulture),
            _ => parquet as string == csv,
        };

    [Fact]
    public void Partitioned_by_year_the_folders_read_as_one_table_with_the_year_from_the_path()
    {
        var parquet = fixture.Export("partitioned", new ExportOptions("parquet", PartitionByYear: true));

        var rows = Query(
            $"SELECT report_year, year, count(*) FROM read_parquet('{Sql(Path.Combine(parquet, "facts"))}/*/*.parquet', hive_partitioning = true) GROUP BY ALL"
        );
        using var connection = fixture.Open();
        Assert.Equal(
            Dapper.SqlMapper.ExecuteScalar<long>(connection, "SELECT count(*) FROM facts"),
            rows.Sum(r => Convert.ToInt64(r[2]))
        );
        Assert.All(rows, r => Assert.Equal(r[0]?.ToString() ?? "unknown", r[1]?.ToString()));
        Assert.True(rows.Count > 1);
    }

    [Fact]
    public void The_wide_view_keeps_blanks_apart_from_zeros_and_from_cells_not_read()
    {
        var csv = fixture.Export("wide", new ExportOptions("csv") { WideTables = ["s3"] });

        var facts = Query(
                $"SELECT report_id, key, status, value FROM read_csv('{Sql(Path.Combine(csv, "facts.csv"))}', all_varchar = true) WHERE \"table\" = 's3'"
            )
            .ToDictionary(r => ((string)r[0]!, (string)r[1]!), r => ((string)r[2]!, (string?)r[3]));
        var wide = Query($"SELECT * FROM read_csv('{Sql(Path.Combine(csv, "wide_s3.csv"))}', all_varchar = true)");
        var columns = Query(
                $"DESCRIBE SELECT * FROM read_csv('{Sql(Path.Combine(csv, "wide_s3.csv"))}', all_varchar = true)"
            )
            .Select(r => (string)r[0]!)
            .ToList();
        Assert.Equal(facts.Keys.Select(k => k.Item1).Distinct().Count(), wide.Count);
        var seen = new HashSet<string>();
        foreach (var row in wide)
            for (var col = 5; col < columns.Count; col++)
            {
                var text = (string?)row[col] ?? "";
                var expected = facts.TryGetValue(((string)row[0]!, columns[col]), out var fact)
                    ? fact.Item1 switch
                    {
                        "value" => fact.Item2!,
                        "blank" or "placeholder" => "",
                        _ => "NA",
                    }
                    : "NA";
                Assert.Equal(expected, text);
                seen.Add(
                    text == "" ? "blank"
                    : text == "0" ? "zero"
                    : text == "NA" ? "NA"
                    : "value"
                );
            }
        Assert.Superset(new HashSet<string> { "blank", "zero", "NA", "value" }, seen); // the corpus has all four kinds
    }

    [Fact]
    public void The_datapackage_validates_against_the_Table_Schema_rules()
    {
        var csv = fixture.Export("validated", new ExportOptions("csv") { WideTables = ["s3", "s4"] });
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(csv, "datapackage.json")));

        var problems = TableSchemaValidator.Validate(
            csv,
            package.RootElement,
            path => Query($"SELECT * FROM read_csv('{Sql(path)}', all_varchar = true, header = true)"),
            path =>
                Query($"DESCRIBE SELECT * FROM read_csv('{Sql(path)}', all_varchar = true, header = true)")
                    .Select(r => (string)r[0]!)
                    .ToList()
        );

        Assert.Empty(problems);
        var resources = package
            .RootElement.GetProperty("resources")
            .EnumerateArray()
            .Select(r => r.GetProperty("name").GetString())
            .ToList();
        Assert.Equal(["reports", "facts", "findings", "dictionary", "wide_s3", "wide_s4"], resources);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReportIngest.Export;

/// <summary>
/// A Frictionless Data Package descriptor (datapackage.json) for what an export wrote: one resource per table with
/// its Table Schema (field types, descriptions in English and Chinese, missing values, primary and foreign keys).
/// </summary>
public static class DataPackage
{
    private static readonly Dictionary<string, string[]> PrimaryKeys = new()
    {
        ["reports"] = ["report_id"],
        ["facts"] = ["report_id", "key"],
        ["dictionary"] = ["template", "key"],
    };

    private static readonly Dictionary<
        string,
        (string[] Fields, string Resource, string[] ReferencedFields)[]
    > ForeignKeys = new()
    {
        ["facts"] =
        [
            (["report_id"], "reports", ["report_id"]),
            (["template", "key"], "dictionary", ["template", "key"]),
        ],
        ["findings"] = [(["report_id"], "reports", ["report_id"]), (["other_report_id"], "reports", ["report_id"])],
    };

    public static void Write(string folder, IReadOnlyList<WrittenTable> tables)
    {
        var written = tables.Select(t => t.Table.Name).ToHashSet();
        var package = new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = "reportingest-export",
            ["title"] =
                "Government information disclosure annual reports (政府信息公开工作年度报告) as extracted by ReportIngest",
            ["created"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"),
            ["resources"] = new JsonArray([.. tables.Select(t => (JsonNode)Resource(t, written))]),
        };
        File.WriteAllText(
            Path.Combine(folder, "datapackage.json"),
            package.ToJsonString(
                new JsonSerializerOptions
                {
                    WriteIndented = true,
                    Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                }
            )
        );
    }

    private static JsonObject Resource(WrittenTable written, IReadOnlySet<string> present)
    {
        var table = written.Table;
        var schema = new JsonObject
        {
            ["fields"] = new JsonArray([
                .. table.Fields.Select(f =>
                    (JsonNode)
                        new JsonObject
                        {
                            ["name"] = f.Name,
                            ["type"] = f.Type switch
                            {
                                FieldType.Integer => "integer",
                                FieldType.Number => "number",
                                _ => "string",
                            },
                            ["description"] = f.Description,
                            ["description_zh"] = f.DescriptionZh,
                        }
                ),
            ]),
            ["missingValues"] = new JsonArray([.. table.MissingValues.Select(v => (JsonNode)v)]),
        };
        if (PrimaryKeys.TryGetValue(table.Name, out var primaryKey))
            schema["primaryKey"] = new JsonArray([.. primaryKey.Select(k => (JsonNode)k)]);
        if (ForeignKeys.TryGetValue(table.Name, out var foreignKeys))
            schema["foreignKeys"] = new JsonArray([
                .. foreignKeys
                    .Where(k => present.Contains(k.Resource))
                    .Select(k =>
                        (JsonNode)
                            new JsonObject
                            {
                                ["fields"] = new JsonArray([.. k.Fields.Select(f => (JsonNode)f)]),
                                ["reference"] = new JsonObject
                                {
                                    ["resource"] = k.Resource,
                                    ["fields"] = new JsonArray([.. k.ReferencedFields.Select(f => (JsonNode)f)]),
                                },
                            }
                    ),
            ]);
        var resource = new JsonObject
        {
            ["name"] = table.Name,
            ["path"] =
                written.Paths.Count == 1
                    ? written.Paths[0]
                    : new JsonArray([.. written.Paths.Select(p => (JsonNode)p)]),
            ["profile"] = "tabular-data-resource",
            ["format"] = written.Format,
            ["mediatype"] = written.Format == "csv" ? "text/csv" : "application/vnd.apache.parquet",
            ["schema"] = schema,
        };
        if (written.Format == "csv")
            resource["encoding"] = "utf-8";
        if (table.Description is { } description)
            resource["description"] = description;
        return resource;
    }
}

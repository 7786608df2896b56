using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReportIngest.Export;

/// <summary>A Frictionless Data Package descriptor for the three CSV resources, with field types and keys.</summary>
public static class DataPackage
{
    private static readonly Dictionary<string, string> FieldTypes = new()
    {
        ["report_id"] = "integer", ["report_year"] = "integer", ["cells_expected"] = "integer", ["cells_found"] = "integer",
        ["cells_unreadable"] = "integer", ["page"] = "integer", ["other_report_id"] = "integer",
        ["value"] = "number", ["left"] = "number", ["right"] = "number", ["delta"] = "number", ["doc_date"] = "date",
    };

    public static void Write(string path)
    {
        var package = new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = "reportingest-export",
            ["resources"] = new JsonArray(
                Resource("reports", ExportColumns.Reports, ["report_id"], null),
                Resource("facts", ExportColumns.Facts, ["report_id", "key"], "reports"),
                Resource("findings", ExportColumns.Findings, null, "reports")),
        };
        File.WriteAllText(path, package.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    private static JsonObject Resource(string name, string[] columns, string[]? primaryKey, string? reportsReference)
    {
        var schema = new JsonObject
        {
            ["fields"] = new JsonArray(columns.Select(c => (JsonNode)new JsonObject { ["name"] = c, ["type"] = FieldTypes.GetValueOrDefault(c, "string") }).ToArray()),
            ["missingValues"] = new JsonArray(""),
        };
        if (primaryKey is not null) schema["primaryKey"] = new JsonArray(primaryKey.Select(k => (JsonNode)k).ToArray());
        if (reportsReference is not null)
            schema["foreignKeys"] = new JsonArray(new JsonObject
            {
                ["fields"] = "report_id",
                ["reference"] = new JsonObject { ["resource"] = reportsReference, ["fields"] = "report_id" },
            });
        return new JsonObject
        {
            ["name"] = name,
            ["path"] = $"{name}.csv",
            ["profile"] = "tabular-data-resource",
            ["format"] = "csv",
            ["encoding"] = "utf-8",
            ["schema"] = schema,
        };
    }
}

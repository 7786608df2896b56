using System.Globalization;
using System.Text.Json;

namespace ReportIngest.Tests.Export;

/// <summary>
/// Checks a data package's CSV resources the way Frictionless does (Table Schema): the header matches the fields,
/// every value is missing or of its field's type, primary keys are present and unique, foreign keys resolve.
/// </summary>
internal static class TableSchemaValidator
{
    private static readonly HashSet<string> Types =
    [
        "string",
        "number",
        "integer",
        "boolean",
        "object",
        "array",
        "date",
        "time",
        "datetime",
        "year",
        "yearmonth",
        "duration",
        "geopoint",
        "geojson",
        "any",
    ];

    public static List<string> Validate(
        string folder,
        JsonElement package,
        Func<string, List<object?[]>> rows,
        Func<string, List<string>> header
    )
    {
        var problems = new List<string>();
        if (package.GetProperty("profile").GetString() != "tabular-data-package")
            problems.Add("profile is not tabular-data-package");
        var tables = new Dictionary<string, (List<string> Fields, List<string[]> Rows)>();
        foreach (var resource in package.GetProperty("resources").EnumerateArray())
        {
            var name = resource.GetProperty("name").GetString()!;
            var schema = resource.GetProperty("schema");
            var fields = schema.GetProperty("fields").EnumerateArray().ToList();
            var missing = schema.TryGetProperty("missingValues", out var m)
                ? m.EnumerateArray().Select(v => v.GetString()!).ToHashSet()
                : [""];
            var path = Path.Combine(folder, resource.GetProperty("path").GetString()!);
            var names = fields.Select(f => f.GetProperty("name").GetString()!).ToList();
            if (!header(path).SequenceEqual(names))
                problems.Add($"{name}: the CSV header is not the schema's fields");
            var data = rows(path).Select(r => r.Select(v => (string?)v ?? "").ToArray()).ToList();
            foreach (var (field, index) in fields.Select((f, i) => (f, i)))
            {
                var type = field.GetProperty("type").GetString()!;
                if (!Types.Contains(type))
                    problems.Add($"{name}.{names[index]}: unknown type {type}");
                if (!field.TryGetProperty("description", out _))
                    problems.Add($"{name}.{names[index]}: no description");
                foreach (var row in data)
                {
                    var value = row[index];
                    if (missing.Contains(value))
                        continue;
                    var valid = type switch
                    {
                        "integer" => long.TryParse(
                            value,
                            NumberStyles.AllowLeadingSign,
                            CultureInfo.InvariantCulture,
                            out _
                        ),
                        "number" => decimal.TryParse(
                            value,
                            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                            CultureInfo.InvariantCulture,
                            out _
                        ),
                        _ => true,
                    };
                    if (!valid)
                        problems.Add($"{name}.{names[index]}: '{value}' is not {type}");
                }
            }
            if (schema.TryGetProperty("primaryKey", out var primaryKey))
            {
                var columns = primaryKey.EnumerateArray().Select(k => names.IndexOf(k.GetString()!)).ToList();
                if (columns.Contains(-1))
                    problems.Add($"{name}: primary key names a field it does not have");
                else
                {
                    var keys = data.Select(r => string.Join("\u0001", columns.Select(c => r[c]))).ToList();
                    if (keys.Count != keys.Distinct().Count())
                        problems.Add($"{name}: primary key not unique");
                    if (data.Any(r => columns.Any(c => missing.Contains(r[c]))))
                        problems.Add($"{name}: primary key with a missing value");
                }
            }
            tables[name] = (names, data);
        }
        foreach (var resource in package.GetProperty("resources").EnumerateArray())
        {
            if (!resource.GetProperty("schema").TryGetProperty("foreignKeys", out var foreignKeys))
                continue;
            var name = resource.GetProperty("name").GetString()!;
            foreach (var key in foreignKeys.EnumerateArray())
            {
                var fields = key.GetProperty("fields")
                    .EnumerateArray()
                    .Select(f => tables[name].Fields.IndexOf(f.GetString()!))
                    .ToList();
                var reference = key.GetProperty("reference");
                var target = tables[reference.GetProperty("resource").GetString()!];
                var targetFields = reference
                    .GetProperty("fields")
                    .EnumerateArray()
                    .Select(f => target.Fields.IndexOf(f.GetString()!))
                    .ToList();
                var known = target.Rows.Select(r => string.Join("\u0001", targetFields.Select(c => r[c]))).ToHashSet();
                foreach (var row in tables[name].Rows.Where(r => fields.All(c => r[c].Length > 0)))
                    if (!known.Contains(string.Join("\u0001", fields.Select(c => row[c]))))
                        problems.Add(
                            $"{name}: foreign key ({string.Join(", ", fields.Select(c => row[c]))}) has no row in {reference.GetProperty("resource").GetString()}"
                        );
            }
        }
        return problems;
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReportIngest.Export;

/// <summary>
/// Removes what an earlier export wrote into a folder, as its datapackage.json lists it, and only that: exporting into
/// a folder used before must not leave the earlier database's <c>year=…</c> files among the new ones (a reader of
/// <c>facts/**</c> would mix two databases), nor touch files the user put there.
/// </summary>
internal static class PreviousExport
{
    public static void Remove(string folder)
    {
        var package = Path.Combine(folder, "datapackage.json");
        if (!File.Exists(package))
            return;
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(package));
        }
        catch (JsonException)
        {
            return; // not a data package this program wrote: nothing is known to be ours
        }
        var inside = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        foreach (var relative in Paths(root))
        {
            var path = Path.GetFullPath(Path.Combine(folder, relative));
            if (!path.StartsWith(inside, StringComparison.Ordinal) || !File.Exists(path))
                continue;
            File.Delete(path);
            for (
                var parent = Path.GetDirectoryName(path);
                parent is not null
                    && parent.Length > inside.Length
                    && !Directory.EnumerateFileSystemEntries(parent).Any();
                parent = Path.GetDirectoryName(parent)
            )
                Directory.Delete(parent);
        }
        File.Delete(package);
    }

    private static IEnumerable<string> Paths(JsonNode? root) =>
        (root?["resources"] as JsonArray ?? [])
            .Select(resource => resource?["path"])
            .SelectMany(path =>
                path switch
                {
                    JsonValue value when value.TryGetValue<string>(out var one) => [one],
                    JsonArray many => many.Select(p => p?.GetValue<string>()).OfType<string>(),
                    _ => [],
                }
            );
}

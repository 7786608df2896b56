using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportIngest.Documents;

/// <summary>A locator as its text in JSON (what a reader process sends), its page and box read back from it.</summary>
public sealed class LocatorJsonConverter : JsonConverter<Locator>
{
    public override Locator Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Locator.Parse(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, Locator value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Text);
}

using System.Text.Json.Serialization;

namespace ReportIngest.Ingestion.Isolation;

/// <summary>The readers' answers in JSON, with (de)serializers generated at build time rather than found by reflection
/// on every run.</summary>
[JsonSerializable(typeof(ReaderAnswer))]
internal sealed partial class ReaderJson : JsonSerializerContext;

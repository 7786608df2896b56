using Parquet;
using Parquet.Schema;

namespace ReportIngest.Export;

/// <summary>
/// Writes rows of one exported table to a Parquet file in row groups of <see cref="RowGroupSize"/>, so memory holds
/// one group, not the table. Integers are INT64, numbers DECIMAL(28,12) (exact, never a float), text UTF-8 strings;
/// every column is nullable.
/// </summary>
internal sealed class ParquetTableWriter : IAsyncDisposable
{
    private const int RowGroupSize = 50_000;

    private readonly IReadOnlyList<ExportField> _fields;
    private readonly DataField[] _columns;
    private readonly Stream _stream;
    private readonly ParquetWriter _writer;
    private readonly List<object?[]> _buffer = [];

    private ParquetTableWriter(
        IReadOnlyList<ExportField> fields,
        DataField[] columns,
        Stream stream,
        ParquetWriter writer
    )
    {
        _fields = fields;
        _columns = columns;
        _stream = stream;
        _writer = writer;
    }

    public static async Task<ParquetTableWriter> CreateAsync(string path, IReadOnlyList<ExportField> fields)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var columns = fields.Select(Column).ToArray();
        var stream = File.Create(path);
        var writer = await ParquetWriter.CreateAsync(new ParquetSchema(columns), stream);
        return new ParquetTableWriter(fields, columns, stream, writer);
    }

    public int Rows { get; private set; }

    public async Task AddAsync(object?[] row)
    {
        _buffer.Add(row);
        Rows++;
        if (_buffer.Count >= RowGroupSize)
            await FlushAsync();
    }

    private async Task FlushAsync()
    {
        if (_buffer.Count == 0)
            return;
        using var group = _writer.CreateRowGroup();
        for (var i = 0; i < _columns.Length; i++)
        {
            var column = i;
            switch (_fields[i].Type)
            {
                case FieldType.Integer:
                    await group.WriteAsync<long>(
                        _columns[i],
                        _buffer.Select(r => r[column] is { } v ? Convert.ToInt64(v) : (long?)null).ToArray().AsMemory()
                    );
                    break;
                case FieldType.Number:
                    await group.WriteAsync<decimal>(
                        _columns[i],
                        _buffer.Select(r => (decimal?)r[column]).ToArray().AsMemory()
                    );
                    break;
                default:
                    await group.WriteAsync(_columns[i], _buffer.Select(r => (string)r[column]!).ToArray());
                    break;
            }
        }
        _buffer.Clear();
    }

    private static DataField Column(ExportField field) =>
        field.Type switch
        {
            FieldType.Integer => new DataField<long?>(field.Name),
            FieldType.Number => new DecimalDataField(field.Name, precision: 28, scale: 12, isNullable: true),
            _ => new DataField<string>(field.Name, true),
        };

    public async ValueTask DisposeAsync()
    {
        await FlushAsync();
        await _writer.DisposeAsync();
        await _stream.DisposeAsync();
    }
}

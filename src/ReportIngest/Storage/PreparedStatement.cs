using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ReportIngest.Storage;

/// <summary>
/// One statement compiled once and run for many rows, for the hot paths (facts, findings, table versions, replacing
/// findings). Rows are bound and stepped through SQLitePCL directly: ADO.NET's per-execution bookkeeping costs several
/// times what SQLite itself spends on a row, and a document has hundreds of facts. The statement runs inside whatever
/// transaction the connection has open.
/// </summary>
internal sealed class PreparedStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    /// <summary>Compiles <paramref name="sql"/>, whose parameters are bound by position (<c>?</c> or <c>$name</c> in
    /// order).</summary>
    public PreparedStatement(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
    }

    /// <summary>Runs the statement for one row: strings as text, integers as integers, null as NULL.</summary>
    public void Run(params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var position = i + 1;
            Check(
                values[i] switch
                {
                    null => raw.sqlite3_bind_null(_statement, position),
                    string text => raw.sqlite3_bind_text(_statement, position, text),
                    int number => raw.sqlite3_bind_int64(_statement, position, number),
                    long number => raw.sqlite3_bind_int64(_statement, position, number),
                    var other => throw new ArgumentException($"cannot store a {other.GetType().Name}", nameof(values)),
                }
            );
        }
        var step = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (step != raw.SQLITE_DONE)
            Check(step);
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE))
            throw new SqliteException(
                $"SQLite Error {result}: {raw.sqlite3_errmsg(_database).utf8_to_string()}",
                result
            );
    }
}

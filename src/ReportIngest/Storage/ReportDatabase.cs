using Dapper;
using Microsoft.Data.Sqlite;

namespace ReportIngest.Storage;

/// <summary>
/// Opens the SQLite database: WAL journal, foreign keys on, a busy timeout so that concurrent users wait rather
/// than fail, and every pending migration applied in one transaction.
/// </summary>
public static class ReportDatabase
{
    public const string DefaultPath = "reportingest.db";

    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        connection.Execute("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000; PRAGMA synchronous=NORMAL;");
        Migrate(connection);
        return connection;
    }

    private static void Migrate(SqliteConnection connection)
    {
        var current = connection.ExecuteScalar<long>("PRAGMA user_version");
        var pending = Migrations.All.Where(m => m.Version > current).OrderBy(m => m.Version).ToList();
        if (pending.Count == 0) return;
        using var transaction = connection.BeginTransaction();
        foreach (var (version, sql) in pending)
        {
            connection.Execute(sql, transaction: transaction);
            connection.Execute($"PRAGMA user_version = {version}", transaction: transaction);
        }
        transaction.Commit();
    }
}

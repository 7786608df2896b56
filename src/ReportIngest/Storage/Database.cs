using Dapper;
using Microsoft.Data.Sqlite;

namespace ReportIngest.Storage;

/// <summary>
/// Opens the SQLite database: WAL journal, foreign keys on, a busy timeout so that concurrent users wait rather
/// than fail, and every pending migration applied in one transaction.
/// </summary>
public static class Database
{
    public const string DefaultPath = "reportingest.db";

    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = false,
                DefaultTimeout = 30,
            }.ToString()
        );
        connection.Open();
        connection.Execute(
            "PRAGMA busy_timeout=30000; PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;"
        );
        Migrate(connection);
        return connection;
    }

    /// <summary>
    /// Reads the schema version under the write lock (BEGIN IMMEDIATE), so that two commands opening a new database
    /// at once do not both create it: the second waits, then finds it current.
    /// </summary>
    private static void Migrate(SqliteConnection connection)
    {
        if (connection.ExecuteScalar<long>("PRAGMA user_version") >= Migrations.All.Max(m => m.Version))
            return;
        using var transaction = connection.BeginTransaction(deferred: false);
        var current = connection.ExecuteScalar<long>("PRAGMA user_version", transaction: transaction);
        var pending = Migrations.All.Where(m => m.Version > current).OrderBy(m => m.Version).ToList();
        foreach (var (version, sql) in pending)
        {
            connection.Execute(sql, transaction: transaction);
            connection.Execute($"PRAGMA user_version = {version}", transaction: transaction);
        }
        transaction.Commit();
    }
}

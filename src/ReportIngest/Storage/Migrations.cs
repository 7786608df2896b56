namespace ReportIngest.Storage;

/// <summary>Numbered schema migrations, applied in order on open. Never edit one that has shipped; add the
/// next.</summary>
internal static class Migrations
{
    public static readonly (int Version, string Sql)[] All =
    [
        (
            1,
            """
            CREATE TABLE documents (
                id            INTEGER PRIMARY KEY,
                sha256        TEXT NOT NULL UNIQUE,
                name          TEXT NOT NULL,
                path          TEXT,
                source_url    TEXT,
                format        TEXT NOT NULL,
                size          INTEGER NOT NULL,
                ingested_at   TEXT NOT NULL
            );
            CREATE TABLE reports (
                id               INTEGER PRIMARY KEY,
                document_id      INTEGER NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
                agency           TEXT,
                report_year      INTEGER,
                template         TEXT NOT NULL,
                title            TEXT,
                published_on     TEXT,
                stat_period      TEXT,
                parse_status     TEXT NOT NULL,
                cells_expected   INTEGER NOT NULL,
                cells_found      INTEGER NOT NULL,
                cells_unreadable INTEGER NOT NULL,
                text             TEXT NOT NULL
            );
            CREATE TABLE report_tables (
                report_id   INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
                table_code  TEXT NOT NULL,
                template    TEXT NOT NULL,
                PRIMARY KEY (report_id, table_code)
            );
            CREATE TABLE facts (
                id          INTEGER PRIMARY KEY,
                report_id   INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
                table_code  TEXT NOT NULL,
                row_code    TEXT NOT NULL,
                col_code    TEXT NOT NULL,
                value       TEXT,
                raw         TEXT NOT NULL,
                status      TEXT NOT NULL CHECK (status IN ('value','blank','placeholder','unreadable')),
                unit        TEXT,
                page        INTEGER,
                locator     TEXT NOT NULL,
                UNIQUE (report_id, table_code, row_code, col_code)
            );
            CREATE TABLE findings (
                id               INTEGER PRIMARY KEY,
                report_id        INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
                rule             TEXT NOT NULL,
                severity         TEXT NOT NULL CHECK (severity IN ('error','warning','info')),
                status           TEXT NOT NULL,
                scope            TEXT NOT NULL,
                expression       TEXT NOT NULL,
                left_value       TEXT,
                right_value      TEXT,
                cells            TEXT NOT NULL,
                other_report_id  INTEGER REFERENCES reports(id) ON DELETE SET NULL,
                attributed_to    TEXT NOT NULL,
                message          TEXT NOT NULL,
                fingerprint      TEXT NOT NULL UNIQUE
            );
            CREATE INDEX findings_report ON findings(report_id);
            """
        ),
        (
            2,
            """
            ALTER TABLE reports ADD COLUMN index_no   TEXT;
            ALTER TABLE reports ADD COLUMN category   TEXT;
            ALTER TABLE reports ADD COLUMN publisher  TEXT;
            ALTER TABLE reports ADD COLUMN doc_date   TEXT;
            ALTER TABLE reports ADD COLUMN doc_no     TEXT;
            """
        ),
        // the facts stored before are packed by version 6, which adds a field to the packed form
        (
            3,
            """
            CREATE TABLE report_cells (
                report_id   INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
                cells       TEXT NOT NULL
            );
            """
        ),
        (
            4,
            """
            CREATE TABLE fetches (
                id               INTEGER PRIMARY KEY,
                source           TEXT NOT NULL,
                url              TEXT NOT NULL,
                final_url        TEXT NOT NULL,
                fetched_at       TEXT NOT NULL,
                status           INTEGER,
                request_headers  TEXT NOT NULL,
                headers          TEXT NOT NULL,
                sha256           TEXT,
                size             INTEGER,
                referrer         TEXT,
                failure          TEXT,
                message          TEXT
            );
            CREATE INDEX fetches_url ON fetches(url);
            CREATE TABLE crawl_runs (
                id           INTEGER PRIMARY KEY,
                source       TEXT NOT NULL,
                started_at   TEXT NOT NULL,
                finished_at  TEXT,
                newest_item  TEXT,
                listed_to_end INTEGER NOT NULL DEFAULT 0
            );
            CREATE TABLE crawl_items (
                source     TEXT NOT NULL,
                url        TEXT NOT NULL,
                kind       TEXT NOT NULL CHECK (kind IN ('list', 'report', 'attachment')),
                title      TEXT,
                referrer   TEXT,
                run_id     INTEGER NOT NULL,
                state      TEXT NOT NULL CHECK (state IN ('pending', 'fetched', 'unchanged', 'failed')),
                failure    TEXT,
                sha256     TEXT,
                final_url  TEXT,
                PRIMARY KEY (source, url)
            );
            """
        ),
        (
            5,
            """
            ALTER TABLE documents ADD COLUMN converted_with TEXT;
            """
        ),
        // Facts stored before the basis was recorded: those with a page were read off a PDF page (ruled or not, as
        // the checker took them then); for the others it is not known.
        (
            6,
            $"""
            ALTER TABLE facts ADD COLUMN basis TEXT;
            UPDATE facts SET basis = 'position' WHERE page IS NOT NULL;
            {PackedFacts.PackSql("1")};
            """
        ),
    ];
}

namespace Inclusion.Sdk.Sqlite;

/// <summary>The versioned schema of the store: migration <c>n</c> takes a file from <c>user_version</c> n-1 to n.</summary>
internal static class SqliteSchema
{
    /// <summary>The SQLite <c>application_id</c> of a voucher store ("ISDV"): a file with another one is foreign.</summary>
    internal const int ApplicationId = 0x49534456;

    /// <summary>The name of the SQL function, registered on every connection, that computes an event's idempotency key.</summary>
    internal const string KeyFunction = "inclusion_idempotency_key";

    /// <summary>The migrations, in order; their count is the schema version this library writes.</summary>
    internal static readonly string[] Migrations =
    [
        // 1: one table of events, keyed by (programme, version): a second writer at the same version fails on the key.
        """
        CREATE TABLE voucher_events (
            programme TEXT NOT NULL,
            version INTEGER NOT NULL CHECK (version >= 1),
            type TEXT NOT NULL,
            at TEXT NOT NULL,
            json TEXT NOT NULL,
            PRIMARY KEY (programme, version)
        ) WITHOUT ROWID;
        """,

        // 2: exactly-once in the database. One row per stream (its version, the version of its last event other than a
        // redemption, its count of redemptions); one row per redeemed pass, keyed by the pass, so a second redemption of
        // a pass cannot be stored; each event's idempotency key, unique per stream. Existing files are back-filled.
        $"""
        CREATE TABLE voucher_streams (
            programme TEXT NOT NULL PRIMARY KEY,
            version INTEGER NOT NULL CHECK (version >= 0),
            barrier INTEGER NOT NULL CHECK (barrier >= 0 AND barrier <= version),
            redemptions INTEGER NOT NULL CHECK (redemptions >= 0)
        ) WITHOUT ROWID;
        CREATE TABLE voucher_redeemed_passes (
            programme TEXT NOT NULL,
            pass INTEGER NOT NULL,
            version INTEGER NOT NULL,
            PRIMARY KEY (programme, pass)
        ) WITHOUT ROWID;
        ALTER TABLE voucher_events ADD COLUMN idempotency_key TEXT NOT NULL DEFAULT '';
        UPDATE voucher_events SET idempotency_key = {KeyFunction}(json);
        CREATE UNIQUE INDEX voucher_events_idempotency ON voucher_events (programme, idempotency_key);
        INSERT INTO voucher_redeemed_passes (programme, pass, version)
            SELECT e.programme, p.value, e.version FROM voucher_events e, json_each(e.json, '$.passes') p WHERE e.type = 'passes-redeemed';
        INSERT INTO voucher_streams (programme, version, barrier, redemptions)
            SELECT programme, MAX(version), COALESCE(MAX(CASE WHEN type <> 'passes-redeemed' THEN version END), 0), SUM(type = 'passes-redeemed')
            FROM voucher_events GROUP BY programme;
        """,

        // 3: the latest snapshot of each stream (a cache: the events stay the source of truth).
        """
        CREATE TABLE voucher_snapshots (
            programme TEXT NOT NULL PRIMARY KEY,
            version INTEGER NOT NULL CHECK (version >= 1),
            data BLOB NOT NULL
        );
        """,

        // 4: a redemption writes two b-trees, not four. Its passes' rows already make it unique (a redemption has at
        // least one pass, and a retried scan is found by its passes), so the idempotency index leaves redemptions out;
        // and the stream row is written only with an event other than a redemption: the stream's version is the
        // highest version of its events, and its redemptions are those of the row plus every event after the row's
        // version (all redemptions). Existing rows are up to date, so nothing is back-filled.
        """
        DROP INDEX voucher_events_idempotency;
        CREATE UNIQUE INDEX voucher_events_idempotency ON voucher_events (programme, idempotency_key) WHERE type <> 'passes-redeemed';
        """,
    ];

    internal static int Version => Migrations.Length;
}

namespace Inclusion.Sdk.Sqlite;

/// <summary>The versioned schema of the store: migration <c>n</c> takes a file from <c>user_version</c> n-1 to n.</summary>
internal static class SqliteSchema
{
    /// <summary>The SQLite <c>application_id</c> of a voucher store ("ISDV"): a file with another one is foreign.</summary>
    internal const int ApplicationId = 0x49534456;

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
    ];

    internal static int Version => Migrations.Length;
}

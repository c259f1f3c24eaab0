namespace Inclusion.Sdk.PostgreSql;

/// <summary>
/// The versioned schema of the store: migration <c>n</c> takes a schema from version n-1 to n. Each applied migration
/// is a row of <c>voucher_store_migrations</c> carrying <see cref="Application"/>, the marker that tells our tables from
/// another application's. <c>{0}</c> in a migration is the quoted schema name.
/// </summary>
internal static class PostgreSqlSchema
{
    /// <summary>The marker written in every migration row: tables of our names without it are foreign.</summary>
    internal const string Application = "Inclusion.Sdk.PostgreSql/voucher-store";

    /// <summary>The table of applied migrations.</summary>
    internal const string MigrationTable = "voucher_store_migrations";

    /// <summary>The constraint that a second redemption of a pass violates.</summary>
    internal const string PassConstraint = "voucher_redeemed_passes_pkey";

    /// <summary>The names of the tables the migrations create (besides <see cref="MigrationTable"/>).</summary>
    internal static readonly string[] Tables = ["voucher_streams", "voucher_events", "voucher_redeemed_passes", "voucher_snapshots"];

    /// <summary>The migrations, in order; their count is the schema version this library writes.</summary>
    internal static readonly string[] Migrations =
    [
        // 1: streams (version, barrier = version of the last event that is not a redemption, number of redemptions),
        // events keyed by (programme, version) and unique by idempotency key, and the redeemed passes, unique per
        // programme: the database itself refuses a second redemption of a pass.
        """
        CREATE TABLE {0}.voucher_streams (
            programme text PRIMARY KEY,
            version bigint NOT NULL CHECK (version >= 0),
            barrier bigint NOT NULL CHECK (barrier >= 0 AND barrier <= version),
            redemptions bigint NOT NULL CHECK (redemptions >= 0 AND redemptions <= version)
        );
        CREATE TABLE {0}.voucher_events (
            programme text NOT NULL,
            version bigint NOT NULL CHECK (version >= 1),
            type text NOT NULL,
            at timestamptz NOT NULL,
            idempotency_key text NOT NULL,
            json text NOT NULL,
            CONSTRAINT voucher_events_pkey PRIMARY KEY (programme, version),
            CONSTRAINT voucher_events_key UNIQUE (programme, idempotency_key)
        );
        CREATE TABLE {0}.voucher_redeemed_passes (
            programme text NOT NULL,
            pass bigint NOT NULL,
            version bigint NOT NULL,
            CONSTRAINT voucher_redeemed_passes_pkey PRIMARY KEY (programme, pass)
        );
        """,

        // 2: the latest snapshot of each stream (a cache: the events stay the source of truth).
        """
        CREATE TABLE {0}.voucher_snapshots (
            programme text PRIMARY KEY,
            version bigint NOT NULL CHECK (version >= 1),
            data bytea NOT NULL
        );
        """,
    ];

    internal static int Version => Migrations.Length;
}

using Inclusion.Sdk.Vouchers;
using Microsoft.Data.Sqlite;

namespace Inclusion.Sdk.Sqlite;

/// <summary>A stream's row of <c>voucher_streams</c>: its version, the version of its last event other than a redemption, its count of redemptions.</summary>
internal readonly record struct StreamRow(long Version, long Barrier, long Redemptions)
{
    internal static StreamRow Read(SqliteConnection connection, string programmeId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, barrier, redemptions FROM voucher_streams WHERE programme = $programme";
        command.Parameters.AddWithValue("$programme", programmeId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new StreamRow(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)) : default;
    }

    internal StreamRow After(VoucherEvent e) => e is PassesRedeemed
        ? this with { Version = Version + 1, Redemptions = Redemptions + 1 }
        : this with { Version = Version + 1, Barrier = Version + 1 };

    internal void Write(SqliteConnection connection, string programmeId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO voucher_streams (programme, version, barrier, redemptions) VALUES ($programme, $version, $barrier, $redemptions)
            ON CONFLICT (programme) DO UPDATE SET version = excluded.version, barrier = excluded.barrier, redemptions = excluded.redemptions
            """;
        command.Parameters.AddWithValue("$programme", programmeId);
        command.Parameters.AddWithValue("$version", Version);
        command.Parameters.AddWithValue("$barrier", Barrier);
        command.Parameters.AddWithValue("$redemptions", Redemptions);
        command.ExecuteNonQuery();
    }
}

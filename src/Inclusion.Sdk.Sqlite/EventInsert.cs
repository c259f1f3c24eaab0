using Inclusion.Sdk.Vouchers;
using Microsoft.Data.Sqlite;

namespace Inclusion.Sdk.Sqlite;

/// <summary>The prepared statements of one append transaction: look-ups of redeemed passes and keys, inserts of events and passes.</summary>
internal sealed class EventInsert : IDisposable
{
    private readonly SqliteCommand insertEvent;
    private readonly SqliteCommand insertPass;
    private readonly SqliteCommand findPass;
    private readonly SqliteCommand findKey;

    internal EventInsert(SqliteConnection connection, string programmeId)
    {
        insertEvent = Command(connection, programmeId, "INSERT INTO voucher_events (programme, version, type, at, json, idempotency_key) VALUES ($programme, $version, $type, $at, $json, $key)", "$version", "$type", "$at", "$json", "$key");
        insertPass = Command(connection, programmeId, "INSERT INTO voucher_redeemed_passes (programme, pass, version) VALUES ($programme, $pass, $version)", "$pass", "$version");
        findPass = Command(connection, programmeId, "SELECT version FROM voucher_redeemed_passes WHERE programme = $programme AND pass = $pass", "$pass");
        findKey = Command(connection, programmeId, "SELECT version FROM voucher_events WHERE programme = $programme AND idempotency_key = $key", "$key");
    }

    /// <summary>The version of the event that redeemed one of these passes, if any.</summary>
    internal long? HolderOf(IReadOnlyList<long> passes)
    {
        foreach (var pass in passes)
        {
            findPass.Parameters[1].Value = pass;
            if (findPass.ExecuteScalar() is long version)
            {
                return version;
            }
        }

        return null;
    }

    /// <summary>The version of the event stored with this idempotency key, if any.</summary>
    internal long? VersionOfKey(string key)
    {
        findKey.Parameters[1].Value = key;
        return findKey.ExecuteScalar() as long?;
    }

    internal void Add(long version, VoucherEvent e, string type, string json, string key)
    {
        var p = insertEvent.Parameters;
        p[1].Value = version;
        p[2].Value = type;
        p[3].Value = e.At.ToString();
        p[4].Value = json;
        p[5].Value = key;
        insertEvent.ExecuteNonQuery();
        if (e is PassesRedeemed r)
        {
            insertPass.Parameters[2].Value = version;
            foreach (var pass in r.Passes)
            {
                // The primary key (programme, pass) is the guard: a pass repeated in the batch fails here, and the
                // transaction is rolled back.
                insertPass.Parameters[1].Value = pass;
                insertPass.ExecuteNonQuery();
            }
        }
    }

    public void Dispose()
    {
        insertEvent.Dispose();
        insertPass.Dispose();
        findPass.Dispose();
        findKey.Dispose();
    }

    private static SqliteCommand Command(SqliteConnection connection, string programmeId, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$programme", programmeId);
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }
}

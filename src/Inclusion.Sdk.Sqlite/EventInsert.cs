using Inclusion.Sdk.Vouchers;
using Microsoft.Data.Sqlite;

namespace Inclusion.Sdk.Sqlite;

/// <summary>
/// The prepared statements of a store's kept-open connection, prepared once and reused by every call: the stream row,
/// look-ups of redeemed passes and keys, inserts of events and passes, reads. Not thread-safe: the store runs one call
/// at a time on its connection.
/// </summary>
internal sealed class EventInsert : IDisposable
{
    private readonly SqliteCommand insertEvent;
    private readonly SqliteCommand insertPass;
    private readonly SqliteCommand findPass;
    private readonly SqliteCommand findKey;
    private readonly SqliteCommand readStream;
    private readonly SqliteCommand writeStream;
    private readonly SqliteCommand eventAt;
    private readonly SqliteCommand readChunk;
    private readonly SqliteCommand[] all;

    internal EventInsert(SqliteConnection connection)
    {
        insertEvent = Command(connection, "INSERT INTO voucher_events (programme, version, type, at, json, idempotency_key) VALUES ($programme, $version, $type, $at, $json, $key)", "$version", "$type", "$at", "$json", "$key");
        insertPass = Command(connection, "INSERT INTO voucher_redeemed_passes (programme, pass, version) VALUES ($programme, $pass, $version)", "$pass", "$version");
        findPass = Command(connection, "SELECT version FROM voucher_redeemed_passes WHERE programme = $programme AND pass = $pass", "$pass");
        findKey = Command(connection, "SELECT version FROM voucher_events WHERE programme = $programme AND idempotency_key = $key AND type <> 'passes-redeemed'", "$key");
        readStream = Command(
            connection,
            """
            SELECT COALESCE((SELECT MAX(version) FROM voucher_events WHERE programme = $programme), 0), COALESCE(s.version, 0), COALESCE(s.barrier, 0), COALESCE(s.redemptions, 0)
            FROM (SELECT 1) LEFT JOIN voucher_streams s ON s.programme = $programme
            """);
        writeStream = Command(
            connection,
            """
            INSERT INTO voucher_streams (programme, version, barrier, redemptions) VALUES ($programme, $version, $barrier, $redemptions)
            ON CONFLICT (programme) DO UPDATE SET version = excluded.version, barrier = excluded.barrier, redemptions = excluded.redemptions
            """,
            "$version",
            "$barrier",
            "$redemptions");
        eventAt = Command(connection, "SELECT json FROM voucher_events WHERE programme = $programme AND version = $version", "$version");
        readChunk = Command(connection, "SELECT version, json FROM voucher_events WHERE programme = $programme AND version > $from ORDER BY version LIMIT $limit", "$from", "$limit");
        all = [insertEvent, insertPass, findPass, findKey, readStream, writeStream, eventAt, readChunk];
    }

    /// <summary>Sets the programme and the transaction (or none) of every statement before a call.</summary>
    internal void Begin(string programmeId, SqliteTransaction? transaction)
    {
        foreach (var command in all)
        {
            command.Parameters[0].Value = programmeId;
            command.Transaction = transaction;
        }
    }

    /// <summary>
    /// The stream's state (zeros when the stream has no event): its version is its highest event version; its row,
    /// written with the last event other than a redemption, counts the redemptions up to the row's version, and every
    /// event after it is a redemption.
    /// </summary>
    internal StreamRow Stream()
    {
        using var reader = readStream.ExecuteReader();
        reader.Read();
        var version = reader.GetInt64(0);
        var rowVersion = reader.GetInt64(1);
        return new StreamRow(version, reader.GetInt64(2), reader.GetInt64(3) + (version - rowVersion));
    }

    /// <summary>Writes the stream's row (with an event other than a redemption).</summary>
    internal void Write(StreamRow stream)
    {
        var p = writeStream.Parameters;
        p[1].Value = stream.Version;
        p[2].Value = stream.Barrier;
        p[3].Value = stream.Redemptions;
        writeStream.ExecuteNonQuery();
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

    /// <summary>The version of the event other than a redemption stored with this idempotency key, if any.</summary>
    internal long? VersionOfKey(string key)
    {
        findKey.Parameters[1].Value = key;
        return findKey.ExecuteScalar() as long?;
    }

    /// <summary>The JSON of the event at a version, if any.</summary>
    internal string? JsonAt(long version)
    {
        eventAt.Parameters[1].Value = version;
        return eventAt.ExecuteScalar() as string;
    }

    /// <summary>Reads up to <paramref name="limit"/> events after a version, as stored (version, JSON).</summary>
    internal List<(long Version, string Json)> Read(long fromVersion, int limit)
    {
        readChunk.Parameters[1].Value = fromVersion;
        readChunk.Parameters[2].Value = limit;
        var rows = new List<(long, string)>(Math.Min(limit, 256));
        using var reader = readChunk.ExecuteReader();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), reader.GetString(1)));
        }

        return rows;
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
        foreach (var command in all)
        {
            command.Dispose();
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new SqliteParameter("$programme", SqliteType.Text));
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }
}

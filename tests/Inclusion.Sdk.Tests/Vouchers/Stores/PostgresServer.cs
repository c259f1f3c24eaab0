using Npgsql;
using Xunit.Abstractions;

namespace Inclusion.Sdk.Tests.Vouchers.Stores;

/// <summary>
/// The PostgreSQL server of the store tests, named by the environment variable <c>INCLUSION_POSTGRES</c> (an Npgsql
/// connection string; <c>eval "$(bash eng/postgres.sh start)"</c> starts a throw-away server and sets it). xunit 2 has
/// no dynamic skip, so a test that needs the server asks <see cref="ConnectionString"/> first: with <c>CI</c> set and no
/// server the test fails (CI must test PostgreSQL); outside CI it returns early and says so in its output.
/// </summary>
internal static class PostgresServer
{
    internal const string Variable = "INCLUSION_POSTGRES";

    internal const string HowToStart = "INCLUSION_POSTGRES is not set: start a PostgreSQL server with eval \"$(bash eng/postgres.sh start)\" (see eng/postgres.sh)";

    /// <summary>The connection string; <see langword="null"/> outside CI when no server is configured (the caller returns).</summary>
    /// <param name="output">Where to say that the test did not run.</param>
    /// <returns>The connection string, or <see langword="null"/>.</returns>
    internal static string? ConnectionString(ITestOutputHelper? output)
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("CI")))
        {
            Assert.Fail(HowToStart + ". CI runs the PostgreSQL tests: .ci/run starts the server.");
        }

        output?.WriteLine("NOT RUN: " + HowToStart + ".");
        return null;
    }

    /// <summary>A schema name no other test uses.</summary>
    /// <returns>The name.</returns>
    internal static string NewSchema() => "t_" + Guid.NewGuid().ToString("N");

    /// <summary>Runs one statement on a short-lived connection.</summary>
    /// <param name="connectionString">The server.</param>
    /// <param name="sql">The statement.</param>
    /// <returns>A task.</returns>
    internal static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Reads one value on a short-lived connection.</summary>
    /// <param name="connectionString">The server.</param>
    /// <param name="sql">The query.</param>
    /// <returns>The value.</returns>
    internal static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    /// <summary>Drops schemas created by a test, with everything in them.</summary>
    /// <param name="connectionString">The server.</param>
    /// <param name="schemas">The schemas.</param>
    /// <returns>A task.</returns>
    internal static async Task DropAsync(string connectionString, IEnumerable<string> schemas)
    {
        foreach (var schema in schemas)
        {
            await ExecuteAsync(connectionString, $"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE");
        }
    }
}

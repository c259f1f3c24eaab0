using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.PostgreSql;
using Inclusion.Sdk.Sqlite;
using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Vouchers;
using NodaTime;

namespace Inclusion.Sdk.Sqlite.Worker;

/// <summary>The programme shared by the worker processes and the tests that start them: 8 providers in Gironde.</summary>
public static class WorkerProgramme
{
    /// <summary>The programme's identifier.</summary>
    public const string Id = "worker-2025";

    /// <summary>When every scan happens.</summary>
    public static readonly Instant ScannedAt = Instant.FromUtc(2025, 3, 3, 9, 0);

    /// <summary>Gets the providers, one per worker.</summary>
    public static IReadOnlyList<Siret> Providers { get; } = [.. Enumerable.Range(0, 8).Select(i => ValidSiret($"732829320{i:0000}"))];

    /// <summary>The prefix of a worker's store argument naming a PostgreSQL schema rather than a SQLite file.</summary>
    public const string PostgreSqlPrefix = "postgresql:";

    /// <summary>
    /// Opens the store a worker writes to: <c>postgresql:&lt;schema&gt;</c> on the server named by
    /// <c>INCLUSION_POSTGRES</c> (<c>synchronous_commit</c> off unless <c>INCLUSION_PG_SYNC=on</c>), otherwise a SQLite
    /// file (<c>synchronous=NORMAL</c> unless <c>INCLUSION_SQLITE_SYNC=full</c>). A crashed worker process loses nothing
    /// acknowledged with either setting: they differ only when the database server or the machine crashes.
    /// </summary>
    /// <param name="target">The file, or <c>postgresql:&lt;schema&gt;</c>.</param>
    /// <returns>The store, to dispose.</returns>
    public static async Task<OpenedStore> OpenStoreAsync(string target)
    {
        if (target.StartsWith(PostgreSqlPrefix, StringComparison.Ordinal))
        {
            var server = Environment.GetEnvironmentVariable("INCLUSION_POSTGRES") ?? throw new InvalidOperationException("INCLUSION_POSTGRES is not set.");
            var sync = Environment.GetEnvironmentVariable("INCLUSION_PG_SYNC") == "on" ? PostgreSqlSynchronousCommit.On : PostgreSqlSynchronousCommit.Off;
            var store = await PostgreSqlVoucherEventStore.OpenAsync(server, new PostgreSqlVoucherStoreOptions { Schema = target[PostgreSqlPrefix.Length..], SynchronousCommit = sync });
            return new OpenedStore(store, store.DisposeAsync);
        }

        var synchronous = Environment.GetEnvironmentVariable("INCLUSION_SQLITE_SYNC") == "full" ? SqliteSynchronous.Full : SqliteSynchronous.Normal;
        var file = await SqliteVoucherEventStore.OpenAsync(target, new SqliteVoucherStoreOptions { Synchronous = synchronous });
        return new OpenedStore(file, () =>
        {
            file.Dispose();
            return ValueTask.CompletedTask;
        });
    }

    /// <summary>The programme's settings.</summary>
    /// <returns>The programme.</returns>
    public static VoucherProgramme Create()
    {
        var gironde = TerritoryId.Parse(TerritoryLevel.Departement, "33").Value;
        return new VoucherProgramme(
            Id, "APTIC", "Commanditaire", [gironde],
            [.. Providers.Select((s, i) => new ProviderQualification(new Actor(s.ToString(), "P" + i, ActorRoles.MediationProvider, new PivotIdentifier(s), territoriesServed: [gironde]), new LocalDate(2024, 1, 1)))],
            [new Actor("d", "D", ActorRoles.Distributor, territoriesServed: [gironde])]);
    }

    /// <summary>Records an order of <paramref name="passes"/> passes, issued and injected, in a new store.</summary>
    /// <param name="ledger">The stored ledger.</param>
    /// <param name="passes">The number of passes, a multiple of 10.</param>
    /// <returns>A task.</returns>
    public static async Task OrderAsync(StoredVoucherLedger ledger, int passes)
    {
        var at = Instant.FromUtc(2025, 1, 15, 9, 0);
        foreach (var command in new Func<VoucherLedger, LedgerResult>[]
        {
            l => l.Quote("o", passes, 10, at),
            l => l.Confirm("o", at),
            l => l.Issue("o", at),
            l => l.Inject(1, passes / 10, "d", at),
        })
        {
            var result = await ledger.RunAsync(command);
            if (!result.Success)
            {
                throw new InvalidOperationException(result.ToString());
            }
        }
    }

    private static Siret ValidSiret(string first13)
    {
        for (var d = 0; d < 10; d++)
        {
            if (Siret.TryParse(first13 + d, out var siret))
            {
                return siret;
            }
        }

        throw new InvalidOperationException("no check digit");
    }
}

/// <summary>A store opened by <see cref="WorkerProgramme.OpenStoreAsync"/>, with the way to release it.</summary>
/// <param name="Store">The store.</param>
/// <param name="Release">Releases its connections.</param>
public sealed record OpenedStore(IVoucherEventStore Store, Func<ValueTask> Release) : IAsyncDisposable
{
    /// <inheritdoc />
    public ValueTask DisposeAsync() => Release();
}

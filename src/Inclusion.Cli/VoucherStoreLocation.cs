using Inclusion.Sdk.PostgreSql;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Sqlite;
using Inclusion.Sdk.Vouchers;

namespace Inclusion.Cli;

/// <summary>
/// The one place where <c>--store</c> is read and a voucher event store opened: a path is a SQLite file
/// (<see cref="SqliteVoucherEventStore"/>); a PostgreSQL connection string (<c>Host=…;…</c> or
/// <c>postgresql://…</c>) selects the PostgreSQL store. Only <c>vouchers import</c> may create a store: the other
/// commands refuse a missing file, so that a mistyped path never creates an empty database. A
/// <see cref="VoucherStoreException"/> becomes a located, bilingual issue with its code (<see cref="Problem"/>).
/// </summary>
internal sealed class VoucherStoreLocation
{
    private VoucherStoreLocation(bool postgreSql, string target, string name)
    {
        IsPostgreSql = postgreSql;
        Target = target;
        Name = name;
    }

    /// <summary>Gets whether the location is a PostgreSQL connection string (else a SQLite file).</summary>
    internal bool IsPostgreSql { get; }

    /// <summary>Gets the SQLite path or the PostgreSQL connection string.</summary>
    internal string Target { get; }

    /// <summary>Gets the name that locates issues: the file name, or <c>postgresql</c> (never the connection string, which may hold a password).</summary>
    internal string Name { get; }

    /// <summary>Reads the value of <c>--store</c>.</summary>
    internal static VoucherStoreLocation Parse(string text) =>
        LooksLikePostgreSql(text) ? new(true, text, "postgresql") : new(false, text, Path.GetFileName(Path.TrimEndingDirectorySeparator(text)));

    /// <summary>Whether a <c>--store</c> value is a PostgreSQL connection string: a <c>postgresql://</c> or
    /// <c>postgres://</c> URI, or key=value pairs separated by <c>;</c> with a <c>Host</c> or <c>Server</c> key.</summary>
    internal static bool LooksLikePostgreSql(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var part in trimmed.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && part[..equals].Trim() is var key
                && (key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Opens the store, or says why not: a usage problem (a folder, a store kind this build lacks) or a missing store
    /// file when <paramref name="create"/> is false.
    /// </summary>
    /// <exception cref="VoucherStoreException">The store cannot be used (see <see cref="Problem"/>).</exception>
    internal async ValueTask<StoreOpening> OpenAsync(bool create, CancellationToken cancellationToken)
    {
        if (IsPostgreSql)
        {
            // The schema is created or migrated by the library on first use (there is no file to refuse creating).
            var pg = await PostgreSqlVoucherEventStore.OpenAsync(Target, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new StoreOpening(new OpenedVoucherStore(pg, pg), false, null);
        }

        if (string.IsNullOrWhiteSpace(Target))
        {
            return StoreOpening.Refused(true, new ValidationIssue("cli.usage", Severity.Error, "--store: no store given.", "--store : aucun magasin indiqué."));
        }

        if (Directory.Exists(Target))
        {
            return StoreOpening.Refused(true, new ValidationIssue("cli.usage", Severity.Error, $"--store: {Target} is a directory, not a store file.", $"--store : {Target} est un dossier, pas un fichier de magasin.", location: new IssueLocation(Name)));
        }

        if (!create && !File.Exists(Target))
        {
            return StoreOpening.Refused(false, new ValidationIssue(
                "store.missing",
                Severity.Error,
                $"No voucher store at {Target}: a store is created only by 'inclusion vouchers import' (check the path).",
                $"Aucun magasin de bons à {Target} : seul 'inclusion vouchers import' crée un magasin (vérifiez le chemin).",
                Target,
                new IssueLocation(Name)));
        }

        var store = await SqliteVoucherEventStore.OpenAsync(Target, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new StoreOpening(new OpenedVoucherStore(store, store), false, null);
    }

    /// <summary>A store failure as a located, bilingual issue with the failure's code.</summary>
    internal ValidationIssue Problem(VoucherStoreException e)
    {
        var store = IsPostgreSql ? "PostgreSQL" : Target;
        var french = e.Code switch
        {
            "store.not-a-database" => $"« {store} » n'est pas une base SQLite (ou son en-tête est endommagé) : rien n'a été modifié.",
            "store.corrupt" => $"Le magasin de bons « {store} » est corrompu : restaurez-le depuis une sauvegarde.",
            "store.foreign" => $"« {store} » est la base d'une autre application, pas un magasin de bons : rien n'a été modifié.",
            "store.newer-schema" => $"Le magasin de bons « {store} » a été écrit par une version plus récente d'Inclusion.Sdk : mettez l'outil à jour.",
            "store.bad-encoding" => $"La base PostgreSQL du magasin de bons « {store} » n'est pas en UTF8 : créez-la avec ENCODING 'UTF8' ; rien n'a été modifié.",
            "store.read-only" => $"Le magasin de bons « {store} » est en lecture seule : un magasin d'événements doit être modifiable.",
            "store.bad-event" => $"Un événement du magasin de bons « {store} » ne se relit pas : restaurez-le depuis une sauvegarde.",
            "store.unavailable" => $"Le magasin de bons « {store} » est indisponible : rien n'a été ajouté.",
            _ => $"Le magasin de bons « {store} » est inutilisable.",
        };
        return new ValidationIssue(e.Code, Severity.Error, e.Message, $"{french} ({e.Message})", location: new IssueLocation(Name));
    }
}

/// <summary>The outcome of <see cref="VoucherStoreLocation.OpenAsync"/>: the open store, or why there is none.</summary>
/// <param name="Store">The open store, or <see langword="null"/>.</param>
/// <param name="Usage">Whether the refusal is a usage error (else a located store issue).</param>
/// <param name="Refusal">Why there is no store.</param>
internal readonly record struct StoreOpening(OpenedVoucherStore? Store, bool Usage, ValidationIssue? Refusal)
{
    internal static StoreOpening Refused(bool usage, ValidationIssue issue) => new(null, usage, issue);
}

/// <summary>An open store and what to dispose when the command ends (the SQLite store is <see cref="IDisposable"/>, the
/// PostgreSQL store <see cref="IAsyncDisposable"/>).</summary>
internal sealed class OpenedVoucherStore(IVoucherEventStore store, object? owner) : IAsyncDisposable
{
    /// <summary>Gets the store.</summary>
    internal IVoucherEventStore Store { get; } = store;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        switch (owner)
        {
            case IAsyncDisposable asynchronous:
                await asynchronous.DisposeAsync().ConfigureAwait(false);
                break;
            case IDisposable synchronous:
                synchronous.Dispose();
                break;
        }
    }
}

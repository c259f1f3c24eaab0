using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Loads a commune table (coop <c>code_insee,nom,code_postal</c> layout, INSEE COG layout, or a JSON array of objects
/// with the coop member names) into a <see cref="TerritoryRegistry"/> holding the reference data and the valid communes.
/// See the remarks of <see cref="TerritoryRegistry"/> for the layouts and the Paris/Lyon/Marseille rule.
/// </summary>
public static class TerritoryRegistryFile
{
    /// <summary>Reads a commune table; bad rows are reported and skipped, never thrown.</summary>
    /// <param name="input">The bytes of the file (UTF-8 expected; Windows-1252 is decoded and reported); read once, not closed.</param>
    /// <param name="options">The source name and issue cap; <see langword="null"/> for the defaults.</param>
    /// <returns>The registry — always a value: the reference data plus the valid rows (none when the file is unusable) —
    /// and the report. <see cref="TerritoryRegistry.CommunesRead"/> counts the rows read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static LoadResult<TerritoryRegistry> Load(Stream input, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(input);
        options ??= ReadOptions.Default;
        var report = options.NewReport();
        var rows = CommuneTable.Read(input, options.Source, report, CommuneTableUse.Registry) ?? [];
        var communes = rows.ConvertAll(r => new CommuneRow(r.Code, r.Name!, r.PostalCodes, r.Population, r.Parent));
        var registry = TerritoryRegistry.FromCommunes(communes, options.Source, report);
        return LoadResult<TerritoryRegistry>.Of(registry, report.Build(options.Source));
    }

    /// <summary>Reads the commune table at <paramref name="path"/> (see <see cref="Load(Stream, ReadOptions?)"/>).</summary>
    /// <param name="path">The path; its file name is the source of issue locations unless <paramref name="options"/> sets one.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>The registry and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened or read (for example <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened for reading.</exception>
    public static LoadResult<TerritoryRegistry> Load(string path, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream, ReadOptions.ForPath(options, path));
    }
}

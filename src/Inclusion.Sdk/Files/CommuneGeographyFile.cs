using Inclusion.Sdk.Offer;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Reads the commune table of the offer map, CSV or a JSON array of objects (chosen by content): required
/// <c>code_insee,population,latitude,longitude</c>; optional <c>nom</c>, <c>epci</c> (EPCI SIREN) and the other columns
/// of a commune table (<c>code_postal</c>…). Coordinates are WGS 84 decimal degrees with a decimal point (for example the
/// town-hall point or the centroid of the commune); empty coordinates leave the commune without distance.
/// </summary>
/// <remarks>The same reader as <see cref="TerritoryRegistryFile"/> (one commune-table reader, the same
/// <c>territory-file.*</c> row rules); here a commune without a valid population is rejected (<c>offer.population</c>).
/// In JSON, values may be numbers or strings in the CSV form; <c>null</c> or an absent member is empty.</remarks>
public static class CommuneGeographyFile
{
    /// <summary>Reads the communes; bad rows become located issues, never exceptions.</summary>
    /// <param name="input">The bytes of the file (UTF-8 expected); read once, not closed.</param>
    /// <param name="options">The source name and issue cap; <see langword="null"/> for the defaults.</param>
    /// <returns>The valid communes in file order (no value when the file is unusable: empty, not a table, a required
    /// column missing) and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static LoadResult<IReadOnlyList<CommuneGeography>> Load(Stream input, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(input);
        options ??= ReadOptions.Default;
        var report = options.NewReport();
        var rows = CommuneTable.Read(input, options.Source, report, CommuneTableUse.Offer);
        var built = report.Build(options.Source);
        if (rows is null)
        {
            return LoadResult<IReadOnlyList<CommuneGeography>>.None(built);
        }

        return LoadResult<IReadOnlyList<CommuneGeography>>.Of(
            rows.ConvertAll(r => new CommuneGeography(r.Code, r.Name, r.Population!.Value, r.Location, r.Epci)), built);
    }

    /// <summary>Reads the communes of the file at <paramref name="path"/> (see <see cref="Load(Stream, ReadOptions?)"/>).</summary>
    /// <param name="path">The path; its file name is the source of issue locations unless <paramref name="options"/> sets one.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>The communes and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened for reading.</exception>
    public static LoadResult<IReadOnlyList<CommuneGeography>> Load(string path, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream, ReadOptions.ForPath(options, path));
    }
}

using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Places;

/// <summary>
/// Reads, validates and fixes files of the national standard "lieux de médiation numérique" (CSV or JSON array;
/// schema v1.0.2, legacy v0.1.1 recognised). Streaming: memory does not grow with the number of rows, except 8 bytes per
/// distinct <c>id</c> kept to check uniqueness. Bad input never throws: every problem is a located issue of the report.
/// </summary>
public static class MediationPlaceFile
{
    /// <summary>Validates a file, calling <paramref name="onRecord"/> for every data row as it is read.</summary>
    /// <param name="input">The file content (CSV with a header, or a JSON array of objects); read once, not closed.</param>
    /// <param name="options">Options (schema, clock, communes table, source name), or <see langword="null"/> for the defaults.</param>
    /// <param name="onRecord">Called with each row's place and issues, or <see langword="null"/>.</param>
    /// <returns>The report and counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static PlacesValidationResult Validate(Stream input, PlacesValidationOptions? options = null, Action<PlaceRecord>? onRecord = null) =>
        PlacesFileProcessor.Run(input, options, onRecord, null);

    /// <summary>Validates the file at <paramref name="path"/> (its file name becomes the source of the issues unless the options name one).</summary>
    /// <param name="path">Path of the file.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <param name="onRecord">Called with each row, or <see langword="null"/>.</param>
    /// <returns>The report and counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static PlacesValidationResult ValidateFile(string path, PlacesValidationOptions? options = null, Action<PlaceRecord>? onRecord = null)
    {
        Preconditions.CheckNotNull(path);
        using var stream = File.OpenRead(path);
        return Validate(stream, WithSource(options, path), onRecord);
    }

    /// <summary>Reads the places of a file (every row whose required fields are usable) with the file's report.</summary>
    /// <param name="input">The file content; read once, not closed.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The places and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static PlacesReadResult ReadPlaces(Stream input, PlacesValidationOptions? options = null)
    {
        var places = new List<MediationPlace>();
        var result = Validate(input, options, record =>
        {
            if (record.Place is { } place)
            {
                places.Add(place);
            }
        });
        return new PlacesReadResult(places, result);
    }

    /// <summary>Reads the places of the file at <paramref name="path"/>.</summary>
    /// <param name="path">Path of the file.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The places and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static PlacesReadResult ReadFile(string path, PlacesValidationOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        using var stream = File.OpenRead(path);
        return ReadPlaces(stream, WithSource(options, path));
    }

    /// <summary>
    /// Validates a file and writes its normalised v1.0.2 CSV to <paramref name="output"/>: canonical enumeration labels,
    /// E.164 telephones, zero-padded postal codes, trimmed values, canonical opening hours, ISO dates, v0.1.1 migrated.
    /// Every change is an info issue <c>places.fix.applied</c> (value before, suggestion after); a value with no single
    /// fix is written unchanged and its issue stays in the report.
    /// </summary>
    /// <param name="input">The file content; read once, not closed.</param>
    /// <param name="output">Where the normalised CSV is written (UTF-8 without BOM is recommended; not closed).</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The report (validation issues of the input and the changes) and counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static PlacesValidationResult Fix(Stream input, TextWriter output, PlacesValidationOptions? options = null)
    {
        Preconditions.CheckNotNull(output);
        return PlacesFileProcessor.Run(input, options, null, output);
    }

    private static PlacesValidationOptions WithSource(PlacesValidationOptions? options, string path)
    {
        var o = options ?? PlacesValidationOptions.Default;
        return o.SourceName is not null ? o : new PlacesValidationOptions
        {
            Schema = o.Schema,
            Clock = o.Clock,
            Communes = o.Communes,
            SourceName = Path.GetFileName(path),
            MaxStoredIssuesPerRule = o.MaxStoredIssuesPerRule,
            StaleAfterDays = o.StaleAfterDays,
            Progress = o.Progress,
            IssueSink = o.IssueSink,
        };
    }
}

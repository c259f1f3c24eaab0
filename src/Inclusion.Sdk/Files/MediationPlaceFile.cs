using System.Diagnostics.CodeAnalysis;
using System.Text;
using Inclusion.Sdk.Places;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Reads, validates and fixes files of the national standard "lieux de médiation numérique" (CSV or JSON array, told
/// apart by content; schema v1.0.2, legacy v0.1.1 recognised). Streaming: memory does not grow with the number of rows,
/// except about 7 bytes per distinct <c>id</c> kept to check uniqueness (a table of hash tags; a repeated id is
/// confirmed against a log of the ids in a temporary file, so that two different ids are never reported as one). Bad
/// input never throws: every problem is a located issue given to the caller's <see cref="IIssueSink"/> (the row counts
/// the header as row 1). A file larger than 64 KiB is read on a background thread and checked on two (see
/// <see cref="PlacesValidationSettings.UseBackgroundThreads"/>); issues reach the sink on the caller's thread, in file order.
/// </summary>
/// <remarks>
/// <para>The source name and the cap of stored issues are <see cref="ReadOptions"/>; what the rows are validated
/// against (schema, clock, communes, staleness, progress, personal data) is <see cref="PlacesValidationSettings"/>.
/// Issues about e-mails and telephones show them masked unless <see cref="PlacesValidationSettings.ShowPersonalData"/>.</para>
/// </remarks>
public static class MediationPlaceFile
{
    /// <summary>Reads the rows of a places file as they come, with the default validation settings.</summary>
    /// <param name="input">The file content (CSV with a header, or a JSON array of objects); read once, forward only, not closed.</param>
    /// <param name="issues">Receives every issue as it is found.</param>
    /// <param name="options">The source name, or <see langword="null"/>.</param>
    /// <returns>Each data row's place (when its required fields are usable) and issues, lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="issues"/> is null.</exception>
    public static IEnumerable<PlaceRecord> Read(Stream input, IIssueSink issues, ReadOptions? options = null) =>
        Read(input, issues, options, PlacesValidationSettings.Default);

    /// <summary>Reads the rows of a places file as they come.</summary>
    /// <param name="input">The file content; read once, forward only, not closed.</param>
    /// <param name="issues">Receives every issue as it is found.</param>
    /// <param name="options">The source name, or <see langword="null"/>.</param>
    /// <param name="settings">What the rows are validated against, or <see langword="null"/> for the defaults.</param>
    /// <returns>Each data row's place and issues, lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="issues"/> is null.</exception>
    public static IEnumerable<PlaceRecord> Read(Stream input, IIssueSink issues, ReadOptions? options, PlacesValidationSettings? settings)
    {
        Preconditions.CheckNotNull(input);
        return new PlacesFileProcessor(issues, options, settings, null).Records(input, buildRecords: true);
    }

    /// <summary>Reads the rows of the file at <paramref name="path"/> as they come (its file name locates the issues unless <paramref name="options"/> names a source).</summary>
    /// <param name="path">Path of the file.</param>
    /// <param name="issues">Receives every issue as it is found.</param>
    /// <param name="options">The source name, or <see langword="null"/>.</param>
    /// <returns>Each data row's place and issues, lazily (the file is opened when the enumeration starts).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="issues"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static IEnumerable<PlaceRecord> Read(string path, IIssueSink issues, ReadOptions? options = null) =>
        Read(path, issues, options, PlacesValidationSettings.Default);

    /// <summary>Reads the rows of the file at <paramref name="path"/> as they come.</summary>
    /// <param name="path">Path of the file.</param>
    /// <param name="issues">Receives every issue as it is found.</param>
    /// <param name="options">The source name, or <see langword="null"/>.</param>
    /// <param name="settings">What the rows are validated against, or <see langword="null"/> for the defaults.</param>
    /// <returns>Each data row's place and issues, lazily (the file is opened when the enumeration starts).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="issues"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static IEnumerable<PlaceRecord> Read(string path, IIssueSink issues, ReadOptions? options, PlacesValidationSettings? settings)
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckNotNull(issues);
        return ReadPath(path, issues, ReadOptions.ForPath(options, path), settings);
    }

    /// <summary>Reads the places of a file, kept in memory, with the file's report (for notebooks and small files).</summary>
    /// <param name="input">The file content; read once, not closed.</param>
    /// <param name="options">The source name and issue cap, or <see langword="null"/>.</param>
    /// <returns>The places of the rows whose required fields are usable (none when the file is unreadable) and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static LoadResult<IReadOnlyList<MediationPlace>> Load(Stream input, ReadOptions? options = null) =>
        Load(input, options, PlacesValidationSettings.Default);

    /// <summary>Reads the places of a file, kept in memory, with the file's report.</summary>
    /// <param name="input">The file content; read once, not closed.</param>
    /// <param name="options">The source name and issue cap, or <see langword="null"/>.</param>
    /// <param name="settings">What the rows are validated against, or <see langword="null"/> for the defaults.</param>
    /// <returns>The places and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static LoadResult<IReadOnlyList<MediationPlace>> Load(Stream input, ReadOptions? options, PlacesValidationSettings? settings)
    {
        Preconditions.CheckNotNull(input);
        var o = options ?? ReadOptions.Default;
        var report = o.NewReport();
        var processor = new PlacesFileProcessor(report, o, settings, null);
        var places = new List<MediationPlace>();
        foreach (var record in processor.Records(input, buildRecords: true))
        {
            if (record.Place is { } place)
            {
                places.Add(place);
            }
        }

        var built = report.Build(o.Source);
        return processor.Summary().IsReadable ? LoadResult<IReadOnlyList<MediationPlace>>.Of(places, built) : LoadResult<IReadOnlyList<MediationPlace>>.None(built);
    }

    /// <summary>Reads the places of the file at <paramref name="path"/>, kept in memory, with its report.</summary>
    /// <param name="path">Path of the file.</param>
    /// <param name="options">The source name and issue cap, or <see langword="null"/>.</param>
    /// <returns>The places and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static LoadResult<IReadOnlyList<MediationPlace>> Load(string path, ReadOptions? options = null) =>
        Load(path, options, PlacesValidationSettings.Default);

    /// <summary>Reads the places of the file at <paramref name="path"/>, kept in memory, with its report.</summary>
    /// <param name="path">Path of the file.</param>
    /// <param name="options">The source name and issue cap, or <see langword="null"/>.</param>
    /// <param name="settings">What the rows are validated against, or <see langword="null"/> for the defaults.</param>
    /// <returns>The places and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static LoadResult<IReadOnlyList<MediationPlace>> Load(string path, ReadOptions? options, PlacesValidationSettings? settings)
    {
        Preconditions.CheckNotNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream, ReadOptions.ForPath(options, path), settings);
    }

    /// <summary>Validates a file: every issue goes to <paramref name="issues"/>, the figures are returned.</summary>
    /// <param name="input">The file content; read once, not closed.</param>
    /// <param name="issues">Receives every issue as it is found (a <see cref="ValidationReportBuilder"/>, a <see cref="CsvIssueWriter"/>, a <see cref="JsonReportWriter"/>…).</param>
    /// <param name="options">The source name, or <see langword="null"/>.</param>
    /// <param name="settings">What the rows are validated against, or <see langword="null"/> for the defaults.</param>
    /// <returns>The schema, row counts and whether the file was readable and valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="issues"/> is null.</exception>
    public static PlacesFileSummary Validate(Stream input, IIssueSink issues, ReadOptions? options = null, PlacesValidationSettings? settings = null)
    {
        Preconditions.CheckNotNull(input);
        return new PlacesFileProcessor(issues, options, settings, null).Run(input);
    }

    /// <summary>Validates the file at <paramref name="path"/> (its file name locates the issues unless <paramref name="options"/> names a source).</summary>
    /// <param name="path">Path of the file.</param>
    /// <param name="issues">Receives every issue as it is found.</param>
    /// <param name="options">The source name, or <see langword="null"/>.</param>
    /// <param name="settings">What the rows are validated against, or <see langword="null"/> for the defaults.</param>
    /// <returns>The schema, row counts and whether the file was readable and valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="issues"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static PlacesFileSummary Validate(string path, IIssueSink issues, ReadOptions? options = null, PlacesValidationSettings? settings = null)
    {
        Preconditions.CheckNotNull(path);
        using var stream = File.OpenRead(path);
        return Validate(stream, issues, ReadOptions.ForPath(options, path), settings);
    }

    /// <summary>
    /// Validates a file and writes its normalised v1.0.2 CSV to <paramref name="output"/>: canonical enumeration labels,
    /// E.164 telephones, zero-padded postal codes, trimmed values, canonical opening hours, ISO dates, v0.1.1 migrated.
    /// Every change is an info issue <c>places.fix.applied</c> (value before, suggestion after); a value with no single
    /// fix is written unchanged and its issue is reported. The output is data, written faithfully (RFC 4180 with CRLF,
    /// through Sep): no cell is altered to protect spreadsheets, and a leading <c>'</c> already there is kept.
    /// </summary>
    /// <param name="input">The file content; read once, not closed.</param>
    /// <param name="output">Where the normalised CSV is written (UTF-8 without BOM is recommended; flushed, not closed).</param>
    /// <param name="issues">Receives every issue (of the input and the changes) as it is found.</param>
    /// <param name="options">The source name, or <see langword="null"/>.</param>
    /// <param name="settings">What the rows are validated against, or <see langword="null"/> for the defaults.</param>
    /// <returns>The figures, <see cref="PlacesFileSummary.ChangeCount"/> included. Nothing is written when the input is unreadable.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> or <paramref name="settings"/> is null.</exception>
    public static PlacesFileSummary Fix(Stream input, TextWriter output, IIssueSink issues, ReadOptions? options = null, PlacesValidationSettings? settings = null)
    {
        Preconditions.CheckNotNull(input);
        Preconditions.CheckNotNull(output);
        var summary = new PlacesFileProcessor(issues, options, settings, output).Run(input);
        output.Flush();
        return summary;
    }

    /// <summary>Validates a file and writes its normalised v1.0.2 CSV, UTF-8 without BOM, to <paramref name="output"/> (see <see cref="Fix(Stream, TextWriter, IIssueSink, ReadOptions?, PlacesValidationSettings?)"/>).</summary>
    /// <param name="input">The file content; read once, not closed.</param>
    /// <param name="output">Where the normalised CSV is written; flushed, not closed.</param>
    /// <param name="issues">Receives every issue as it is found.</param>
    /// <param name="options">The source name, or <see langword="null"/>.</param>
    /// <param name="settings">What the rows are validated against, or <see langword="null"/> for the defaults.</param>
    /// <returns>The figures, <see cref="PlacesFileSummary.ChangeCount"/> included.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> or <paramref name="settings"/> is null.</exception>
    public static PlacesFileSummary Fix(Stream input, Stream output, IIssueSink issues, ReadOptions? options = null, PlacesValidationSettings? settings = null)
    {
        Preconditions.CheckNotNull(output);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), bufferSize: 64 * 1024, leaveOpen: true);
        return Fix(input, writer, issues, options, settings);
    }

    private static IEnumerable<PlaceRecord> ReadPath(string path, IIssueSink issues, ReadOptions options, PlacesValidationSettings? settings)
    {
        using var stream = File.OpenRead(path);
        foreach (var record in Read(stream, issues, options, settings))
        {
            yield return record;
        }
    }
}

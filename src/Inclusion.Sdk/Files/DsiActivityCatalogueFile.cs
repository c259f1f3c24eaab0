using Inclusion.Sdk.Surveys;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Reads a <see cref="DsiActivityCatalogue"/> from CSV: header <c>area,activity,variables,yes_values,label</c>, variables
/// and yes values separated by <c>|</c> (empty <c>yes_values</c> means <c>1</c>). The catalogue is named after the
/// source (the file name).
/// </summary>
/// <remarks>Never throws for bad content; every problem is a located issue. This class is stateless and thread-safe.</remarks>
public static class DsiActivityCatalogueFile
{
    private static readonly string[] Columns = ["area", "activity", "variables", "yes_values", "label"];

    /// <summary>Reads a catalogue from a stream.</summary>
    /// <param name="input">The CSV bytes (UTF-8 expected; other encodings are reported).</param>
    /// <param name="options">The source name and issue caps; <see cref="ReadOptions.Default"/> when null.</param>
    /// <returns>The catalogue, or no value when the report has errors (a catalogue missing an activity would lower
    /// every level).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static LoadResult<DsiActivityCatalogue> Load(Stream input, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(input);
        options ??= ReadOptions.Default;
        var source = options.Source;
        var report = options.NewReport();
        var builder = new DsiCatalogueBuilder(source, report);
        int[]? c = null;
        var width = 0;
        CsvHeader.ForEachRow(
            input,
            source,
            report,
            header =>
            {
                var names = HeaderColumns.Names(header);
                width = names.Length;
                c = HeaderColumns.Require(names, Columns, source, report);
                return c is not null;
            },
            (row, number) =>
            {
                if (!HeaderColumns.IsRagged(row.ColCount, width, number, source, report))
                {
                    builder.Add(number, CsvHeader.Cell(row, c![0]), CsvHeader.Cell(row, c[1]), CsvHeader.Cell(row, c[2]), CsvHeader.Cell(row, c[3]), CsvHeader.Cell(row, c[4]), c[0] + 1);
                }
            });
        var catalogue = builder.Build(source ?? "custom catalogue", report.ErrorCount > 0);
        return catalogue is null ? LoadResult<DsiActivityCatalogue>.None(report.Build(source)) : LoadResult<DsiActivityCatalogue>.Of(catalogue, report.Build(source));
    }

    /// <summary>Reads a catalogue from a file.</summary>
    /// <param name="path">The file path; its file name is the source of issue locations (and the catalogue's name)
    /// unless <see cref="ReadOptions.Source"/> is set.</param>
    /// <param name="options">The options; <see cref="ReadOptions.Default"/> when null.</param>
    /// <returns>As <see cref="Load(Stream, ReadOptions?)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened.</exception>
    public static LoadResult<DsiActivityCatalogue> Load(string path, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream, ReadOptions.ForPath(options, path));
    }
}

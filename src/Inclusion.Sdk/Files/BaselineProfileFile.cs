using Inclusion.Sdk.Skills;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Reads a <see cref="BaselineProfile"/> from CSV: header <c>competence,minimum_level,savoir</c> (DigComp code, minimum
/// level 1–8, label), one row per competence. The profile is named after the file (without extension); rename it with
/// <see cref="BaselineProfile.WithName"/>.
/// </summary>
/// <remarks>Never throws for bad content; every problem is a located issue. This class is stateless and thread-safe.</remarks>
public static class BaselineProfileFile
{
    private static readonly string[] Columns = ["competence", "minimum_level", "savoir"];

    /// <summary>Reads a profile from a stream.</summary>
    /// <param name="input">The CSV bytes (UTF-8 expected; other encodings are reported).</param>
    /// <param name="options">The source name and issue caps; <see cref="ReadOptions.Default"/> when null.</param>
    /// <returns>The profile, or no value when the report has errors (a profile missing a row would be wrong).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static LoadResult<BaselineProfile> Load(Stream input, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(input);
        options ??= ReadOptions.Default;
        var source = options.Source;
        var report = options.NewReport();
        var builder = new BaselineProfileBuilder(source, report);
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
                    builder.Add(number, CsvHeader.Cell(row, c![0]), CsvHeader.Cell(row, c[1]), CsvHeader.Cell(row, c[2]), (c[0] + 1, c[1] + 1));
                }
            });
        var name = source is null ? "baseline profile" : Path.GetFileNameWithoutExtension(source);
        var profile = builder.Build(name.Length == 0 ? "baseline profile" : name, report.ErrorCount > 0);
        return profile is null ? LoadResult<BaselineProfile>.None(report.Build(source)) : LoadResult<BaselineProfile>.Of(profile, report.Build(source));
    }

    /// <summary>Reads a profile from a file.</summary>
    /// <param name="path">The file path; its file name is the source of issue locations unless
    /// <see cref="ReadOptions.Source"/> is set.</param>
    /// <param name="options">The options; <see cref="ReadOptions.Default"/> when null.</param>
    /// <returns>As <see cref="Load(Stream, ReadOptions?)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened.</exception>
    public static LoadResult<BaselineProfile> Load(string path, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream, ReadOptions.ForPath(options, path));
    }
}

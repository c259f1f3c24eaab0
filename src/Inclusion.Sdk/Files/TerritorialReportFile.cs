using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Reads the settings of a territorial report (JSON, schema in docs/programme-managers.md § Territorial report) into
/// <see cref="TerritorialReportSettings"/>.
/// </summary>
/// <remarks>
/// <para>Reading is strict, as for every document of the SDK: malformed JSON, a duplicate key, content after the
/// document, an unknown or missing member, a number written as a string or a null are errors
/// (<c>report.schema</c>, <c>file.json.*</c>); then every <c>report.*</c> rule, each located by JSON path, line and
/// column; a file that a section names must exist (<c>report.file-missing</c>), its path relative to the settings
/// file's folder. Settings are returned only when there is no error.</para>
/// <para>Never throws for bad content. This class is stateless and thread-safe.</para>
/// </remarks>
public static class TerritorialReportFile
{
    /// <summary>Reads report settings from a stream of bytes (UTF-8, with or without byte-order mark), read once.</summary>
    /// <param name="input">The stream.</param>
    /// <param name="baseDirectory">The folder that the settings' paths are relative to.</param>
    /// <param name="options">The source name and issue cap, or <see langword="null"/> for the defaults.</param>
    /// <returns>The settings when the file is valid, and the located report.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static LoadResult<TerritorialReportSettings> Load(Stream input, string baseDirectory, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(input);
        Preconditions.CheckNotNull(baseDirectory);
        options ??= ReadOptions.Default;
        var source = options.Source;
        var report = options.NewReport();
        var settings = Read(input, Path.GetFullPath(baseDirectory), source, report);
        var built = report.Build(source);
        return settings is not null && built.IsValid ? LoadResult<TerritorialReportSettings>.Of(settings, built) : LoadResult<TerritorialReportSettings>.None(built);
    }

    /// <summary>Reads a report settings file; its paths are relative to its folder.</summary>
    /// <param name="path">The file's path; its file name is the source of locations unless <paramref name="options"/> sets one.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The settings when the file is valid, and the located report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened.</exception>
    public static LoadResult<TerritorialReportSettings> Load(string path, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream, Path.GetDirectoryName(Path.GetFullPath(path))!, ReadOptions.ForPath(options, path));
    }

    private static TerritorialReportSettings? Read(Stream input, string baseDirectory, string? source, ValidationReportBuilder report)
    {
        if (JsonDocumentInput.Read(input, source, report) is not var (utf8, index))
        {
            return null;
        }

        if (JsonDocumentInput.Deserialize(utf8, InclusionJsonContext.Default.ReportDocument, ReportRules.Schema, source, report) is not { } document)
        {
            return null;
        }

        var validation = new ReportDocumentValidator(baseDirectory).Validate(document);
        DocumentRules.Report(validation, ReportRules.Schema, index, source, report);
        return validation.IsValid ? new TerritorialReportSettings(document, baseDirectory) : null;
    }
}

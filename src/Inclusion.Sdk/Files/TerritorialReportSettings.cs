using Inclusion.Sdk.Reporting;
using NodaTime;

namespace Inclusion.Sdk.Files;

/// <summary>
/// What a territorial report shows: the territory's name, the language, the date of the data, and the files of each
/// section (fragility index, offer, activities, skills, vouchers, plan, data quality), read from a settings file by
/// <see cref="TerritorialReportFile"/> (schema in docs/programme-managers.md § Territorial report). Immutable.
/// </summary>
public sealed class TerritorialReportSettings
{
    internal TerritorialReportSettings(ReportDocument document, string baseDirectory)
    {
        Document = document;
        BaseDirectory = baseDirectory;
        Territory = document.Territory.Trim();
        Language = document.Language == "en" ? MessageLanguage.English : MessageLanguage.French;
        DataDate = document.DataDate;
    }

    /// <summary>Gets the territory's name, as the report's title shows it.</summary>
    public string Territory { get; }

    /// <summary>Gets the language of the report's labels (French unless the settings say <c>"en"</c>).</summary>
    public MessageLanguage Language { get; }

    /// <summary>Gets the date of the data: shown in every section, and the date at which the plan and the offer are evaluated.</summary>
    public LocalDate DataDate { get; }

    /// <summary>Gets the validated settings document.</summary>
    internal ReportDocument Document { get; }

    /// <summary>Gets the folder the settings' paths are relative to.</summary>
    internal string BaseDirectory { get; }

    /// <summary>The full path of a file named in the settings.</summary>
    internal string PathOf(string path) => ReportDocumentValidator.Resolve(BaseDirectory, path);

    /// <summary>The full paths of every data file the settings name (the report reads them; it must never write over one).</summary>
    internal IEnumerable<string> InputFiles()
    {
        var sections = Document.Sections;
        string?[] named =
        [
            sections.FragilityIndex?.Indicators, sections.Offer?.Places, sections.Offer?.Communes, sections.Activities?.File,
            sections.Skills?.Survey, sections.Vouchers?.Programme, sections.Vouchers?.Events, sections.Plan?.Plan,
            sections.Plan?.Measurements, .. sections.DataQuality?.Places ?? [],
        ];
        return named.OfType<string>().Select(PathOf);
    }
}

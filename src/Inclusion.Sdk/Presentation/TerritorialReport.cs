using Inclusion.Sdk.Files;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Presentation;

/// <summary>
/// A territory's report in one self-contained HTML page: fragility index, offer, activity statistics, skills
/// estimates, voucher KPIs and statements, plan status and a data-quality summary, each section with its tables and
/// charts, its definitions and sources, and the date of the data. Built from a settings file
/// (<see cref="TerritorialReportFile"/>); <c>inclusion report --config report.json --out report.html</c> runs it.
/// </summary>
/// <remarks>
/// The page needs no script and no external resource to be read (styles and charts are inline); it prints on A4 and
/// reads on a phone. Every count shown goes through small-count suppression. A section whose files have errors is
/// shown without results, and the data-quality section lists every issue found while reading the files.
/// </remarks>
public sealed partial class TerritorialReport
{
    private TerritorialReport(TerritorialReportSettings settings, IReadOnlyList<ReportSection> sections, ValidationReport dataQuality)
    {
        Settings = settings;
        Sections = sections;
        DataQuality = dataQuality;
    }

    /// <summary>Gets the settings the report was built from.</summary>
    public TerritorialReportSettings Settings { get; }

    /// <summary>Gets every issue found while reading the report's files, and each section that could not be computed
    /// (<c>report.section-unavailable</c>).</summary>
    public ValidationReport DataQuality { get; }

    /// <summary>Gets the sections, in the order of the page.</summary>
    internal IReadOnlyList<ReportSection> Sections { get; }

    /// <summary>Reads the files of every section named in the settings and computes its results.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A file cannot be read.</exception>
    public static TerritorialReport Build(TerritorialReportSettings settings)
    {
        Preconditions.CheckNotNull(settings);
        var quality = new ValidationReportBuilder();
        ReportSection?[] sections =
        [
            FragilityIndex(settings, quality),
            OfferSection(settings, quality),
            ActivitiesSection(settings, quality),
            SkillsSection(settings, quality),
            VouchersSection(settings, quality),
            PlanSection(settings, quality),
            QualitySection(settings, quality),
        ];
        return new TerritorialReport(settings, [.. sections.OfType<ReportSection>()], quality.Build());
    }
}

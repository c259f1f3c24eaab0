using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Places;

/// <summary>Options of <see cref="MediationPlaceFile"/>.</summary>
public sealed class PlacesValidationOptions
{
    private readonly int maxStoredIssuesPerRule = 1000;
    private readonly int staleAfterDays = 548;

    /// <summary>Default options: schema detected from the header, system clock, no communes table.</summary>
    public static PlacesValidationOptions Default { get; } = new();

    /// <summary>Schema to validate against; <see langword="null"/> (default) detects it from the header (v0.1.1 columns such as <c>publics_accueillis</c> select <see cref="PlacesSchemaVersion.V0"/>).</summary>
    public PlacesSchemaVersion? Schema { get; init; }

    /// <summary>Clock giving "today" in Europe/Paris for the <c>date_maj</c> rules (default: the system clock).</summary>
    public IClock Clock { get; init => field = Preconditions.CheckNotNull(value); } = SystemClock.Instance;

    /// <summary>Communes table used to check <c>code_insee</c> and its consistency with <c>code_postal</c>; <see langword="null"/> skips those checks.</summary>
    public TerritoryRegistry? Communes { get; init; }

    /// <summary>Name of the input shown in issue locations (a file name), or <see langword="null"/>.</summary>
    public string? SourceName { get; init; }

    /// <summary>
    /// At most this many issues are stored per rule in the report (all are counted); default 1,000. An
    /// <see cref="IssueSink"/> receives every issue whatever this cap.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxStoredIssuesPerRule
    {
        get => maxStoredIssuesPerRule;
        init
        {
            Preconditions.CheckArgumentRange(nameof(MaxStoredIssuesPerRule), value, 1, int.MaxValue);
            maxStoredIssuesPerRule = value;
        }
    }

    /// <summary>Number of days after which <c>date_maj</c> is reported as stale (default 548, about 18 months).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int StaleAfterDays
    {
        get => staleAfterDays;
        init
        {
            Preconditions.CheckArgumentRange(nameof(StaleAfterDays), value, 0, int.MaxValue);
            staleAfterDays = value;
        }
    }

    /// <summary>
    /// Receives every issue as it is found, in the order of the report, whatever <see cref="MaxStoredIssuesPerRule"/>
    /// (for example a <see cref="Files.CsvIssueWriter"/> or a <see cref="Files.JsonReportWriter"/> streaming a complete report),
    /// or <see langword="null"/>.
    /// </summary>
    public IIssueSink? IssueSink { get; init; }

    /// <summary>Called every 10,000 rows with the number of rows read (for progress displays), or <see langword="null"/>.</summary>
    public IProgress<long>? Progress { get; init; }
}

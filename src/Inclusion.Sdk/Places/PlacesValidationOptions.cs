using Inclusion.Sdk.Territories;
using NodaTime;

namespace Inclusion.Sdk.Places;

/// <summary>Options of <see cref="MediationPlaceFile"/>.</summary>
public sealed class PlacesValidationOptions
{
    /// <summary>Default options: schema detected from the header, system clock, no communes table.</summary>
    public static PlacesValidationOptions Default { get; } = new();

    /// <summary>Schema to validate against; <see langword="null"/> (default) detects it from the header (v0.1.1 columns such as <c>publics_accueillis</c> select <see cref="PlacesSchemaVersion.V0"/>).</summary>
    public PlacesSchemaVersion? Schema { get; init; }

    /// <summary>Clock giving "today" in Europe/Paris for the <c>date_maj</c> rules (default: the system clock).</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;

    /// <summary>Communes table used to check <c>code_insee</c> and its consistency with <c>code_postal</c>; <see langword="null"/> skips those checks.</summary>
    public TerritoryRegistry? Communes { get; init; }

    /// <summary>Name of the input shown in issue locations (a file name), or <see langword="null"/>.</summary>
    public string? SourceName { get; init; }

    /// <summary>At most this many issues are stored per rule in the report (all are counted); default 1,000.</summary>
    public int MaxStoredIssuesPerRule { get; init; } = 1000;

    /// <summary>Number of days after which <c>date_maj</c> is reported as stale (default 548, about 18 months).</summary>
    public int StaleAfterDays { get; init; } = 548;

    /// <summary>Called every 10,000 rows with the number of rows read (for progress displays), or <see langword="null"/>.</summary>
    public IProgress<long>? Progress { get; init; }
}

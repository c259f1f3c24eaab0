using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Places;

/// <summary>
/// What a places file is validated against: the schema version, "today", the communes table, the staleness limit of
/// <c>date_maj</c>, progress and whether personal data (e-mails, telephones) may be repeated in issues. The source name
/// and the issue cap are not here: they are the reader options every file reader shares (<c>Files.ReadOptions</c>).
/// </summary>
/// <remarks>This type is immutable and thread-safe when its clock, communes table and progress are.</remarks>
public sealed class PlacesValidationSettings
{
    private readonly int staleAfterDays = 548;

    /// <summary>The default settings: schema detected from the header, system clock, no communes table, personal data masked.</summary>
    public static PlacesValidationSettings Default { get; } = new();

    /// <summary>Schema to validate against; <see langword="null"/> (default) detects it from the header (v0.1.1 columns such as <c>publics_accueillis</c> select <see cref="PlacesSchemaVersion.V0"/>).</summary>
    public PlacesSchemaVersion? Schema { get; init; }

    /// <summary>Clock giving "today" in Europe/Paris for the <c>date_maj</c> rules (default: the system clock).</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public IClock Clock { get; init => field = Preconditions.CheckNotNull(value); } = SystemClock.Instance;

    /// <summary>Communes table used to check <c>code_insee</c> and its consistency with <c>code_postal</c>; <see langword="null"/> skips those checks.</summary>
    public TerritoryRegistry? Communes { get; init; }

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

    /// <summary>Called every 10,000 rows with the number of rows read (for progress displays), or <see langword="null"/>.</summary>
    public IProgress<long>? Progress { get; init; }

    /// <summary>
    /// Whether issues about the <c>courriels</c> and <c>telephone</c> columns repeat the e-mails and telephone numbers
    /// as they are (default <see langword="false"/>: values, suggestions and messages show them masked, such as
    /// <c>j***@example.org</c> and <c>+33 1 ** ** ** 89</c>, so that reports can be shared). The places read and the
    /// output of fix mode always hold the real values.
    /// </summary>
    public bool ShowPersonalData { get; init; }

    /// <summary>
    /// Whether a file larger than 64 KiB is read on a background thread and its rows checked on a second one as well as
    /// on the caller's (default <see langword="true"/>): about twice as fast on two cores. The issues, records and fixed
    /// rows are the same, in the same order, either way; <see langword="false"/> keeps all the work on the caller's thread.
    /// </summary>
    public bool UseBackgroundThreads { get; init; } = true;
}

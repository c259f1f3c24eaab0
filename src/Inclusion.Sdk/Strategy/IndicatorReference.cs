using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Strategy;

/// <summary>
/// The indicator an objective is measured by: one of the SDK's indicators (<see cref="Known"/>) or an indicator defined
/// by the user. Measurements refer to it by <see cref="Id"/>.
/// </summary>
/// <remarks>
/// <para>The SDK identifiers name indicators that other parts of the SDK compute (the DSI 2.0 share, a voucher usage
/// rate, mediation activity counts) and the two reference shares of the seed text, so that a measurement produced by
/// the SDK can be recorded without renaming. A user-defined identifier is any well-formed code that is not an SDK one.</para>
/// <para>Equality is by <see cref="Id"/>. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class IndicatorReference : IEquatable<IndicatorReference>
{
    private IndicatorReference(string id, IndicatorUnit unit, bool isSdk, string description)
    {
        Id = id;
        Unit = unit;
        IsSdkIndicator = isSdk;
        Description = description;
    }

    /// <summary>Share of the population contributing to participation bodies, in percent; the seed holds 10 % « plus
    /// qu'honorable » (<see cref="StrategyReferences.ParticipationShare"/>).</summary>
    public static IndicatorReference ParticipationShare { get; } = new("participation.contributors-share", IndicatorUnit.Percent, true, "Share of the population contributing to participation bodies");

    /// <summary>Share of young internet users with creative uses of the web, in percent; the seed quotes 2 %
    /// (<see cref="StrategyReferences.CreativeUsesShare"/>).</summary>
    public static IndicatorReference CreativeUsesShare { get; } = new("participation.creative-uses-share", IndicatorUnit.Percent, true, "Share of young internet users with creative uses of the web");

    /// <summary>Share of people with at least basic digital skills (Eurostat DSI 2.0), in percent.</summary>
    public static IndicatorReference DsiAtLeastBasicShare { get; } = new("dsi.at-least-basic-share", IndicatorUnit.Percent, true, "Share of people with at least basic digital skills (DSI 2.0)");

    /// <summary>Usage rate of distributed vouchers (redeemed / distributed), in percent.</summary>
    public static IndicatorReference VoucherUsageRate { get; } = new("vouchers.usage-rate", IndicatorUnit.Percent, true, "Usage rate of distributed vouchers");

    /// <summary>Number of mediation activities (individual and collective) recorded.</summary>
    public static IndicatorReference ActivityCount { get; } = new("activities.count", IndicatorUnit.Count, true, "Number of mediation activities");

    /// <summary>Number of accompaniments (individual accompaniments plus participants of collective workshops).</summary>
    public static IndicatorReference AccompanimentCount { get; } = new("activities.accompaniments", IndicatorUnit.Count, true, "Number of accompaniments");

    /// <summary>The SDK indicators.</summary>
    public static IReadOnlyList<IndicatorReference> Known { get; } =
        [ParticipationShare, CreativeUsesShare, DsiAtLeastBasicShare, VoucherUsageRate, ActivityCount, AccompanimentCount];

    /// <summary>The identifier, for example <c>participation.contributors-share</c>.</summary>
    public string Id { get; }

    /// <summary>The unit of the values.</summary>
    public IndicatorUnit Unit { get; }

    /// <summary>Whether the indicator is one of <see cref="Known"/>.</summary>
    public bool IsSdkIndicator { get; }

    /// <summary>A short description (English for SDK indicators; the user's for others).</summary>
    public string Description { get; }

    /// <summary>Finds an SDK indicator by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The SDK indicator, or <see langword="null"/>.</returns>
    public static IndicatorReference? FindKnown(string? id) => Known.FirstOrDefault(k => k.Id == id);

    /// <summary>Creates a user-defined indicator.</summary>
    /// <param name="id">The identifier: lower-case words joined by hyphens and dots, not an SDK identifier.</param>
    /// <param name="unit">The unit of the values.</param>
    /// <param name="description">A description, or <see langword="null"/> to use the identifier.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The identifier is malformed or is an SDK identifier, or the unit is undefined.</exception>
    public static IndicatorReference UserDefined(string id, IndicatorUnit unit, string? description = null)
    {
        Preconditions.CheckNotNull(id);
        Preconditions.CheckArgument(StrategyAxis.IsValidCode(id), nameof(id), $"'{id}' is not an indicator identifier such as 'trainings.participants'.");
        Preconditions.CheckArgument(FindKnown(id) is null, nameof(id), $"'{id}' is an SDK indicator; use IndicatorReference.FindKnown.");
        Preconditions.CheckArgument(Enum.IsDefined(unit), nameof(unit), $"Undefined unit {(int)unit}.");
        return new IndicatorReference(id, unit, false, string.IsNullOrWhiteSpace(description) ? id : description.Trim());
    }

    /// <inheritdoc/>
    public bool Equals(IndicatorReference? other) => other is not null && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IndicatorReference);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Returns the identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Id;
}

using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// The immutable settings of a voucher programme. Every rule that the sources leave uncertain is a setting with a
/// documented default (docs/vouchers.md, "Settings and defaults").
/// </summary>
public sealed class VoucherProgramme
{
    /// <summary>Creates a programme.</summary>
    /// <param name="id">The programme's identifier (the event stream's name).</param>
    /// <param name="operatorName">The operator (émetteur) issuing and counter-paying the passes.</param>
    /// <param name="commanditaire">The funder who orders and pays.</param>
    /// <param name="perimeter">The geographic perimeter (at least one territory).</param>
    /// <param name="providers">The qualified providers (one qualification per SIRET).</param>
    /// <param name="distributors">The distributors (unique ids).</param>
    /// <param name="faceValue">Face value per pass, at least €10 (DGFiP), default €10.</param>
    /// <param name="bookletFormats">Booklet sizes, default 5 and 10 passes.</param>
    /// <param name="smallBookletMinimumOrder">Orders of booklets smaller than 10 passes need at least this many passes (APTIC: 2,000).</param>
    /// <param name="validityEnd">The validity end of every order; default <see langword="null"/>: 31 December of the order's confirmation year.</param>
    /// <param name="gracePeriod">The tolerance after the end date, default one month.</param>
    /// <param name="fees">The fee schedule, default <see cref="FeeSchedule.Aptic"/>.</param>
    /// <param name="coFinancing">The optional co-financing rule.</param>
    /// <exception cref="ArgumentException">A setting is invalid.</exception>
    public VoucherProgramme(
        string id,
        string operatorName,
        string commanditaire,
        IEnumerable<TerritoryId> perimeter,
        IEnumerable<QualifiedProvider> providers,
        IEnumerable<VoucherDistributor> distributors,
        Money? faceValue = null,
        IEnumerable<int>? bookletFormats = null,
        int smallBookletMinimumOrder = 2000,
        LocalDate? validityEnd = null,
        Period? gracePeriod = null,
        FeeSchedule? fees = null,
        CoFinancingRule? coFinancing = null)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(id), nameof(id), "The programme id is required.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(operatorName), nameof(operatorName), "The operator is required.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(commanditaire), nameof(commanditaire), "The commanditaire is required.");
        FaceValue = faceValue ?? Money.FromEuros(10m);
        Preconditions.CheckArgument(FaceValue >= Money.FromEuros(10m) && FaceValue.IsWholeCents, nameof(faceValue), "The face value is at least €10, in whole cents.");
        BookletFormats = [.. (bookletFormats ?? [5, 10]).Distinct().Order()];
        Preconditions.CheckArgument(BookletFormats.Count > 0 && BookletFormats[0] >= 1 && BookletFormats[^1] <= 100, nameof(bookletFormats), "Booklet formats are 1 to 100 passes.");
        Preconditions.CheckArgumentRange(nameof(smallBookletMinimumOrder), smallBookletMinimumOrder, 0, int.MaxValue);
        Perimeter = [.. Preconditions.CheckNotNull(perimeter).Distinct()];
        Preconditions.CheckArgument(Perimeter.Count > 0, nameof(perimeter), "The perimeter has at least one territory.");
        Providers = [.. Preconditions.CheckNotNull(providers)];
        Preconditions.CheckArgument(Providers.Select(p => p.Siret).Distinct().Count() == Providers.Count, nameof(providers), "A SIRET can be used for only one qualification.");
        Distributors = [.. Preconditions.CheckNotNull(distributors)];
        Preconditions.CheckArgument(Distributors.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count() == Distributors.Count, nameof(distributors), "Distributor ids are unique.");
        GracePeriod = gracePeriod ?? Period.FromMonths(1);
        Preconditions.CheckArgument(!GracePeriod.HasTimeComponent && new LocalDate(2000, 1, 1) + GracePeriod >= new LocalDate(2000, 1, 1), nameof(gracePeriod), "The grace period is a non-negative date period.");
        Id = id;
        Operator = operatorName;
        Commanditaire = commanditaire;
        SmallBookletMinimumOrder = smallBookletMinimumOrder;
        ValidityEnd = validityEnd;
        Fees = fees ?? FeeSchedule.Aptic;
        CoFinancing = coFinancing;
    }

    /// <summary>Gets the programme's identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the operator.</summary>
    public string Operator { get; }

    /// <summary>Gets the commanditaire.</summary>
    public string Commanditaire { get; }

    /// <summary>Gets the face value of one pass.</summary>
    public Money FaceValue { get; }

    /// <summary>Gets the allowed booklet sizes, ascending.</summary>
    public IReadOnlyList<int> BookletFormats { get; }

    /// <summary>Gets the minimum order, in passes, for booklets of fewer than 10 passes.</summary>
    public int SmallBookletMinimumOrder { get; }

    /// <summary>Gets the validity end of every order, or <see langword="null"/> for 31 December of the confirmation year.</summary>
    public LocalDate? ValidityEnd { get; }

    /// <summary>Gets the grace period after the end date.</summary>
    public Period GracePeriod { get; }

    /// <summary>Gets the geographic perimeter.</summary>
    public IReadOnlyList<TerritoryId> Perimeter { get; }

    /// <summary>Gets the fee schedule.</summary>
    public FeeSchedule Fees { get; }

    /// <summary>Gets the co-financing rule, if any.</summary>
    public CoFinancingRule? CoFinancing { get; }

    /// <summary>Gets the qualified providers.</summary>
    public IReadOnlyList<QualifiedProvider> Providers { get; }

    /// <summary>Gets the distributors.</summary>
    public IReadOnlyList<VoucherDistributor> Distributors { get; }

    /// <summary>The validity end of an order confirmed on a date.</summary>
    /// <param name="confirmedOn">The confirmation date (Europe/Paris).</param>
    /// <returns>The end date.</returns>
    public LocalDate ValidityEndFor(LocalDate confirmedOn) => ValidityEnd ?? new LocalDate(confirmedOn.Year, 12, 31);

    /// <summary>The expiry timeline of an order confirmed on a date.</summary>
    /// <param name="confirmedOn">The confirmation date (Europe/Paris).</param>
    /// <returns>The timeline.</returns>
    public ExpiryTimeline TimelineFor(LocalDate confirmedOn) => ExpiryTimeline.For(ValidityEndFor(confirmedOn), GracePeriod);
}

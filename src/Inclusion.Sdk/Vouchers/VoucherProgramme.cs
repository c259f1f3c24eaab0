using System.Globalization;
using Inclusion.Sdk.Actors;
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
    /// <param name="providers">The qualifications of the providers (one qualification per SIRET).</param>
    /// <param name="distributors">The distributors: actors with the <see cref="ActorRoles.Distributor"/> role, unique
    /// ids, each serving at least one territory (the KPIs by territory count a distributor under its first one).</param>
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
        IEnumerable<ProviderQualification> providers,
        IEnumerable<Actor> distributors,
        Money? faceValue = null,
        IEnumerable<int>? bookletFormats = null,
        int smallBookletMinimumOrder = 2000,
        LocalDate? validityEnd = null,
        Period? gracePeriod = null,
        FeeSchedule? fees = null,
        CoFinancingRule? coFinancing = null)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(id), nameof(id), VoucherRules.ProgrammeBlank.MessageFor("id"));
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(operatorName), nameof(operatorName), VoucherRules.ProgrammeBlank.MessageFor("operator"));
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(commanditaire), nameof(commanditaire), VoucherRules.ProgrammeBlank.MessageFor("commanditaire"));
        FaceValue = faceValue ?? Money.FromEuros(10m);
        Preconditions.CheckArgument(IsFaceValue(FaceValue), nameof(faceValue), VoucherRules.ProgrammeFaceValue.MessageFor(FaceValue.Amount.ToString(CultureInfo.InvariantCulture)));
        BookletFormats = [.. (bookletFormats ?? [5, 10]).Distinct().Order()];
        Preconditions.CheckArgument(BookletFormats.Count > 0 && IsBookletFormat(BookletFormats[0]) && IsBookletFormat(BookletFormats[^1]), nameof(bookletFormats), VoucherRules.ProgrammeBookletFormats.MessageFor(string.Join(", ", BookletFormats)));
        Preconditions.CheckArgument(smallBookletMinimumOrder >= 0, nameof(smallBookletMinimumOrder), VoucherRules.ProgrammeMinimumOrder.MessageFor(smallBookletMinimumOrder.ToString(CultureInfo.InvariantCulture)));
        Perimeter = [.. Preconditions.CheckNotNull(perimeter).Distinct()];
        Preconditions.CheckArgument(Perimeter.Count > 0, nameof(perimeter), VoucherRules.ProgrammeNoTerritory.MessageFor("The perimeter"));
        Providers = [.. Preconditions.CheckNotNull(providers)];
        var sirets = new HashSet<Identifiers.Siret>();
        foreach (var provider in Providers)
        {
            Preconditions.CheckArgument(sirets.Add(provider.Siret), nameof(providers), VoucherRules.ProgrammeDuplicateProvider.MessageFor(provider.Siret.ToString()));
        }

        Distributors = [.. Preconditions.CheckNotNull(distributors)];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var distributor in Distributors)
        {
            Preconditions.CheckArgument(distributor.Has(ActorRoles.Distributor), nameof(distributors), VoucherRules.ProgrammeDistributorRole.MessageFor(distributor.Id));
            Preconditions.CheckArgument(distributor.TerritoriesServed.Count > 0, nameof(distributors), VoucherRules.ProgrammeNoTerritory.MessageFor(distributor.Id));
            Preconditions.CheckArgument(ids.Add(distributor.Id), nameof(distributors), VoucherRules.ProgrammeDuplicateDistributor.MessageFor(distributor.Id));
        }

        GracePeriod = gracePeriod ?? Period.FromMonths(1);
        Preconditions.CheckArgument(!GracePeriod.HasTimeComponent && new LocalDate(2000, 1, 1) + GracePeriod >= new LocalDate(2000, 1, 1), nameof(gracePeriod), VoucherRules.ProgrammeGracePeriod.MessageFor(GracePeriod.ToString()));
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
    public IReadOnlyList<ProviderQualification> Providers { get; }

    /// <summary>Gets the distributors.</summary>
    public IReadOnlyList<Actor> Distributors { get; }

    /// <summary>
    /// Gets the margin around the programme window within which the events of an imported log must be dated (default
    /// 12 months, 0 to 120 whole months; <c>importMarginMonths</c> in <c>programme.json</c>). The window opens on the
    /// earliest provider qualification and closes on the joint statement (J+37) of the latest validity end the
    /// programme has reached (docs/vouchers.md, "Importing an event log").
    /// </summary>
    /// <exception cref="ArgumentException">The value is not 0 to 120 whole months.</exception>
    public Period ImportMargin
    {
        get;
        init
        {
            Preconditions.CheckNotNull(value);
            Preconditions.CheckArgument(IsImportMargin(value), nameof(ImportMargin), VoucherRules.ProgrammeImportMargin.MessageFor(value.ToString()));
            field = value;
        }
    } = Period.FromMonths(12);

    /// <summary>The largest amount a programme holds (€10<sup>12</sup>): any product of such an amount by a number of
    /// passes (below 10<sup>9</sup>) and a rate stays far inside <see cref="decimal"/>'s range.</summary>
    internal static Money MaxAmount => Money.FromEuros(1_000_000_000_000m);

    /// <summary>Whether a face value is allowed: at least €10 (DGFiP), in whole cents, at most <see cref="MaxAmount"/>.</summary>
    internal static bool IsFaceValue(Money value) => value >= Money.FromEuros(10m) && value <= MaxAmount && value.IsWholeCents;

    /// <summary>Whether an import margin is allowed: 0 to 120 whole months.</summary>
    internal static bool IsImportMargin(Period margin) =>
        margin.Years == 0 && margin.Weeks == 0 && margin.Days == 0 && !margin.HasTimeComponent && margin.Months is >= 0 and <= 120;

    /// <summary>Whether a booklet size is allowed: 1 to 100 passes.</summary>
    internal static bool IsBookletFormat(int size) => size is >= 1 and <= 100;

    /// <summary>The validity end of an order confirmed on a date.</summary>
    /// <param name="confirmedOn">The confirmation date (Europe/Paris).</param>
    /// <returns>The end date.</returns>
    public LocalDate ValidityEndFor(LocalDate confirmedOn) => ValidityEnd ?? new LocalDate(confirmedOn.Year, 12, 31);

    /// <summary>The expiry timeline of an order confirmed on a date.</summary>
    /// <param name="confirmedOn">The confirmation date (Europe/Paris).</param>
    /// <returns>The timeline.</returns>
    public ExpiryTimeline TimelineFor(LocalDate confirmedOn) => ExpiryTimeline.For(ValidityEndFor(confirmedOn), GracePeriod);
}

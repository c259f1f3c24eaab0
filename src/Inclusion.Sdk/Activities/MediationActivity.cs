using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Activities;

/// <summary>
/// A mediation activity compatible with the national activity reports ("CRA v2" of La Coop de la médiation
/// numérique): individual accompaniment or collective workshop, date, duration, place type, commune, thématiques,
/// equipment, autonomy and redirection (individual only), and its beneficiaries — one accompaniment each.
/// </summary>
/// <remarks>
/// Invariants (indicators.md §7.1): at least one thématique; administrative thématiques only together with
/// <see cref="Thematique.AideAuxDemarchesAdministratives"/>; duration 1 … 1439 minutes (custom input is 0–23 h and
/// 0–59 min, not both zero); an individual activity has exactly one beneficiary, a workshop at least one; autonomy
/// and redirection only on individual activities. <see cref="Commune"/> is the activity's territorial attribution —
/// the structure's commune when the place is the mediator's structure, else the place's commune
/// (<c>COALESCE(structure.code_insee, lieu_code_insee)</c>).
/// </remarks>
public sealed class MediationActivity
{
    private readonly Thematique[] thematiques;
    private readonly Equipment[] equipment;
    private readonly ActivityBeneficiary[] beneficiaries;

    /// <summary>Creates an activity.</summary>
    /// <param name="id">The activity id (opaque, not empty).</param>
    /// <param name="type">Individual or collective.</param>
    /// <param name="date">The date of the activity.</param>
    /// <param name="durationMinutes">The duration in minutes, 1 … 1439.</param>
    /// <param name="placeType">The place type.</param>
    /// <param name="commune">The commune of attribution, or null when unknown.</param>
    /// <param name="thematiques">The thématiques, at least one (duplicates are dropped).</param>
    /// <param name="beneficiaries">The beneficiaries: exactly one for an individual activity, at least one for a workshop.</param>
    /// <param name="equipment">The equipment used (duplicates are dropped), or null for none recorded.</param>
    /// <param name="autonomy">The autonomy (individual only), or null.</param>
    /// <param name="redirection">The structure of redirection (individual only), or null when not redirected.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An invariant of the national record is broken (the message names it).</exception>
    public MediationActivity(
        string id,
        ActivityType type,
        LocalDate date,
        int durationMinutes,
        PlaceType placeType,
        CommuneCode? commune,
        IEnumerable<Thematique> thematiques,
        IEnumerable<ActivityBeneficiary> beneficiaries,
        IEnumerable<Equipment>? equipment = null,
        Autonomy? autonomy = null,
        Redirection? redirection = null)
    {
        Preconditions.CheckNotBlank(id);
        this.thematiques = [.. Preconditions.CheckNotNull(thematiques).Distinct()];
        this.beneficiaries = [.. Preconditions.CheckNotNull(beneficiaries)];
        this.equipment = equipment is null ? [] : [.. equipment.Distinct()];
        Id = id;
        Type = type;
        Date = date;
        DurationMinutes = durationMinutes;
        PlaceType = placeType;
        Commune = commune;
        Autonomy = autonomy;
        Redirection = redirection;
        if (Check(type, durationMinutes, this.thematiques, this.beneficiaries, autonomy, redirection) is { } broken)
        {
            throw new ArgumentException(broken.Rule.Issue(broken.Value).MessageEn, broken.Parameter);
        }

        foreach (var b in this.beneficiaries)
        {
            Preconditions.CheckNotNull(b, nameof(beneficiaries));
        }
    }

    /// <summary>The activity id.</summary>
    public string Id { get; }

    /// <summary>Individual or collective.</summary>
    public ActivityType Type { get; }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>The duration in minutes.</summary>
    public int DurationMinutes { get; }

    /// <summary>The statistics bucket of the duration.</summary>
    public DurationBucket DurationBucket => ActivityVocabulary.BucketOf(DurationMinutes);

    /// <summary>The place type.</summary>
    public PlaceType PlaceType { get; }

    /// <summary>The commune of attribution, if known.</summary>
    public CommuneCode? Commune { get; }

    /// <summary>The thématiques (mediation and administrative).</summary>
    public IReadOnlyList<Thematique> Thematiques => thematiques;

    /// <summary>The equipment used.</summary>
    public IReadOnlyList<Equipment> Equipment => equipment;

    /// <summary>The autonomy (individual activities), if recorded.</summary>
    public Autonomy? Autonomy { get; }

    /// <summary>The structure of redirection (individual activities), if the beneficiary was redirected.</summary>
    public Redirection? Redirection { get; }

    /// <summary>Whether the beneficiary was redirected to a structure.</summary>
    public bool IsRedirected => Redirection is not null;

    /// <summary>The beneficiaries, one per accompaniment.</summary>
    public IReadOnlyList<ActivityBeneficiary> Beneficiaries => beneficiaries;

    /// <summary>The number of participants = the number of accompaniments (<c>accompagnementsCount</c>): 1 for an
    /// individual activity.</summary>
    public int Participants => beneficiaries.Length;

    internal Thematique[] ThematiqueArray => thematiques;

    internal Equipment[] EquipmentArray => equipment;

    internal ActivityBeneficiary[] BeneficiaryArray => beneficiaries;

    internal static (RuleDefinition Rule, string? Value, string Parameter)? Check(
        ActivityType type,
        int durationMinutes,
        IReadOnlyCollection<Thematique> thematiques,
        IReadOnlyCollection<ActivityBeneficiary> beneficiaries,
        Autonomy? autonomy,
        Redirection? redirection)
    {
        if (!Enum.IsDefined(type))
        {
            return (ActivityRules.Type, type.ToString(), nameof(type));
        }

        if (durationMinutes is < 1 or > 1439)
        {
            return (ActivityRules.Duration, durationMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture), nameof(durationMinutes));
        }

        if (thematiques.Count == 0)
        {
            return (ActivityRules.NoThematique, null, nameof(thematiques));
        }

        var demarches = thematiques.Contains(Thematique.AideAuxDemarchesAdministratives);
        foreach (var t in thematiques)
        {
            if (!Enum.IsDefined(t))
            {
                return (ActivityRules.Thematique, t.ToString(), nameof(thematiques));
            }

            if (!demarches && ActivityVocabulary.IsAdministrative(t))
            {
                return (ActivityRules.AdministrativeWithoutDemarches, ActivityVocabulary.ApiValue(t), nameof(thematiques));
            }
        }

        var count = beneficiaries.Count;
        if (type == ActivityType.Individuel ? count != 1 : count < 1)
        {
            return (ActivityRules.Participants, count.ToString(System.Globalization.CultureInfo.InvariantCulture), nameof(beneficiaries));
        }

        if (type == ActivityType.Collectif && autonomy is not null)
        {
            return (ActivityRules.IndividualOnly, "autonomie", nameof(autonomy));
        }

        if (type == ActivityType.Collectif && redirection is not null)
        {
            return (ActivityRules.IndividualOnly, "structure_de_redirection", nameof(redirection));
        }

        return null;
    }
}

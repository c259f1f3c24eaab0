using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Hours;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Places;

/// <summary>
/// One place of the national standard "lieux de médiation numérique" (schema v1.0.2): identity, address, contact,
/// opening hours and offer. Multi-valued enumerations hold the canonical labels of the embedded schema
/// (<see cref="PlacesVocabulary"/>). Built by <c>Files.MediationPlaceFile</c> from a validated row, or by hand.
/// </summary>
public sealed class MediationPlace
{
    private readonly IReadOnlyList<string> typologies = [];
    private readonly IReadOnlyList<string> emails = [];
    private readonly IReadOnlyList<string> websites = [];
    private readonly IReadOnlyList<string> itinerance = [];
    private readonly IReadOnlyList<string> services = [];
    private readonly IReadOnlyList<string> publics = [];
    private readonly IReadOnlyList<string> specificSupport = [];
    private readonly IReadOnlyList<string> fees = [];
    private readonly IReadOnlyList<string> nationalProgrammes = [];
    private readonly IReadOnlyList<string> trainingLabels = [];
    private readonly IReadOnlyList<string> accessModes = [];
    private readonly IReadOnlyList<string> supportModes = [];

    /// <summary>Creates a place from its required fields; set the optional ones with the initialisers.</summary>
    /// <param name="id">Producer's identifier (<c>id</c>), unique in a file; not blank.</param>
    /// <param name="name">Name (<c>nom</c>); not blank.</param>
    /// <param name="address">Address (<c>adresse</c>, <c>code_postal</c>, <c>commune</c>, <c>code_insee</c>).</param>
    /// <param name="updatedOn">Date of the last update (<c>date_maj</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public MediationPlace(string id, string name, PlaceAddress address, LocalDate updatedOn)
    {
        Id = Preconditions.CheckNotBlank(id);
        Name = Preconditions.CheckNotBlank(name);
        Address = Preconditions.CheckNotNull(address);
        UpdatedOn = updatedOn;
    }

    /// <summary>Producer's identifier (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>Pivot identifier (<c>pivot</c>: SIRET, RNA or RIDET), or <see langword="null"/> when absent or invalid.</summary>
    public PivotIdentifier? Pivot { get; init; }

    /// <summary>Name (<c>nom</c>).</summary>
    public string Name { get; }

    /// <summary>Address.</summary>
    public PlaceAddress Address { get; }

    /// <summary>WGS84 coordinates (<c>latitude</c>, <c>longitude</c>), or <see langword="null"/> when absent or unusable.</summary>
    public GeoCoordinates? Coordinates { get; init; }

    /// <summary>Structure typologies (<c>typologie</c>, data·inclusion codes such as <c>TIERS_LIEUX</c>).</summary>
    public IReadOnlyList<string> Typologies { get => typologies; init => typologies = Copy(value); }

    /// <summary>Telephone in E.164 form (<c>telephone</c>, e.g. <c>+33180059880</c>), or <see langword="null"/>.</summary>
    public string? Telephone { get; init; }

    /// <summary>E-mail addresses (<c>courriels</c>).</summary>
    public IReadOnlyList<string> Emails { get => emails; init => emails = Copy(value); }

    /// <summary>Web sites and social-network pages (<c>site_web</c>).</summary>
    public IReadOnlyList<string> Websites { get => websites; init => websites = Copy(value); }

    /// <summary>Opening hours (<c>horaires</c>, OpenStreetMap syntax), or <see langword="null"/> when absent or unparsable.</summary>
    public OpeningHours? OpeningHours { get; init; }

    /// <summary>Short presentation (<c>presentation_resume</c>, at most 280 characters in v1.0.2), or <see langword="null"/>.</summary>
    public string? Summary { get; init; }

    /// <summary>Detailed presentation (<c>presentation_detail</c>), or <see langword="null"/>.</summary>
    public string? Description { get; init; }

    /// <summary>Structure that collected the data (<c>source</c>), or <see langword="null"/>.</summary>
    public string? Source { get; init; }

    /// <summary>Mobility (<c>itinerance</c>: <c>Itinérant</c>, <c>Fixe</c>).</summary>
    public IReadOnlyList<string> Itinerance { get => itinerance; init => itinerance = Copy(value); }

    /// <summary>Parent network or structure (<c>structure_parente</c>), or <see langword="null"/>.</summary>
    public string? ParentStructure { get; init; }

    /// <summary>Date of the last update (<c>date_maj</c>).</summary>
    public LocalDate UpdatedOn { get; }

    /// <summary>Services offered (<c>services</c>, 9 values).</summary>
    public IReadOnlyList<string> Services { get => services; init => services = Copy(value); }

    /// <summary>Publics specifically addressed (<c>publics_specifiquement_adresses</c>).</summary>
    public IReadOnlyList<string> Publics { get => publics; init => publics = Copy(value); }

    /// <summary>Specific support (<c>prise_en_charge_specifique</c>: deafness, disabilities, illiteracy, languages…).</summary>
    public IReadOnlyList<string> SpecificSupport { get => specificSupport; init => specificSupport = Copy(value); }

    /// <summary>Fees (<c>frais_a_charge</c>).</summary>
    public IReadOnlyList<string> Fees { get => fees; init => fees = Copy(value); }

    /// <summary>National programmes (<c>dispositif_programmes_nationaux</c>: France Services, Conseillers numériques, Aidants Connect…).</summary>
    public IReadOnlyList<string> NationalProgrammes { get => nationalProgrammes; init => nationalProgrammes = Copy(value); }

    /// <summary>Training labels (<c>formations_labels</c>).</summary>
    public IReadOnlyList<string> TrainingLabels { get => trainingLabels; init => trainingLabels = Copy(value); }

    /// <summary>Other training labels, free text (<c>autres_formations_labels</c>), or <see langword="null"/>.</summary>
    public string? OtherTrainingLabels { get; init; }

    /// <summary>Access modes (<c>modalites_acces</c>).</summary>
    public IReadOnlyList<string> AccessModes { get => accessModes; init => accessModes = Copy(value); }

    /// <summary>Support modes (<c>modalites_accompagnement</c>).</summary>
    public IReadOnlyList<string> SupportModes { get => supportModes; init => supportModes = Copy(value); }

    /// <summary>acceslibre accessibility page (<c>fiche_acces_libre</c>), or <see langword="null"/>.</summary>
    public string? AccessibilityUrl { get; init; }

    /// <summary>Online booking link (<c>prise_rdv</c>), or <see langword="null"/>.</summary>
    public string? BookingUrl { get; init; }

    /// <summary>Returns the id and name.</summary>
    /// <returns><c>id: name</c>.</returns>
    public override string ToString() => $"{Id}: {Name}";

    private static string[] Copy(IReadOnlyList<string>? values)
    {
        if (values is null || values.Count == 0)
        {
            return [];
        }

        var copy = values.ToArray();
        foreach (var value in copy)
        {
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(value), nameof(values), "A list value is blank.");
        }

        return copy;
    }
}

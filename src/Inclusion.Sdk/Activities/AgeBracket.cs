namespace Inclusion.Sdk.Activities;

/// <summary>The national age brackets of the mediation statistics (thresholds 12, 18, 25, 40, 60, 70); see
/// <see cref="ActivityVocabulary.AgeBracketOf"/>. Not to be merged with the legacy v1 brackets (12/18/35/60).</summary>
public enum AgeBracket
{
    /// <summary><c>non_communique</c> — "Non communiqué".</summary>
    NonCommunique = 0,

    /// <summary><c>moins_de_douze</c> — "Moins de 12 ans" (under 12).</summary>
    MoinsDeDouze = 1,

    /// <summary><c>douze_dix_huit</c> — "12 - 17 ans".</summary>
    DouzeDixHuit = 2,

    /// <summary><c>dix_huit_vingt_quatre</c> — "18 - 24 ans".</summary>
    DixHuitVingtQuatre = 3,

    /// <summary><c>vingt_cinq_trente_neuf</c> — "25 - 39 ans".</summary>
    VingtCinqTrenteNeuf = 4,

    /// <summary><c>quarante_cinquante_neuf</c> — "40 - 59 ans".</summary>
    QuaranteCinquanteNeuf = 5,

    /// <summary><c>soixante_soixante_neuf</c> — "60 - 69 ans".</summary>
    SoixanteSoixanteNeuf = 6,

    /// <summary><c>soixante_dix_plus</c> — "70 ans et plus".</summary>
    SoixanteDixPlus = 7,
}

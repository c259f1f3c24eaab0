using System.Text.Json.Serialization;

namespace Inclusion.Sdk.Strategy;

/// <summary>
/// The kinds of means a strategy mobilises, as listed by the seed text (« budget de droits communs, fonds européens
/// (ITI, FEDER…), fondations et appels à projets, dispositifs spécifiques comme le Chèque APTIC »).
/// </summary>
public enum FundingSource
{
    /// <summary>Budget de droit commun of the local authorities and public bodies.</summary>
    [JsonStringEnumMemberName("droit-commun")]
    DroitCommun = 0,

    /// <summary>European funds: FEDER, ITI, FSE+…</summary>
    [JsonStringEnumMemberName("european-funds")]
    EuropeanFunds = 1,

    /// <summary>Foundations and calls for projects (Fondations AFNIC, SNCF, Orange…).</summary>
    [JsonStringEnumMemberName("foundation")]
    Foundation = 2,

    /// <summary>State programmes (France Numérique Ensemble, Conseillers numériques, politique de la ville credits…).</summary>
    [JsonStringEnumMemberName("state-programme")]
    StateProgramme = 3,

    /// <summary>A voucher programme such as the APTIC cheque of La MedNum.</summary>
    [JsonStringEnumMemberName("voucher-programme")]
    VoucherProgramme = 4,

    /// <summary>Any other source (own funds, private partners).</summary>
    [JsonStringEnumMemberName("other")]
    Other = 5,
}

namespace Inclusion.Sdk.Activities;

/// <summary>
/// The rules of the national activity vocabulary: labels and API values of the thématiques, which ones are
/// administrative, the age bracket of a birth year and the duration bucket of a duration.
/// </summary>
/// <remarks>Source: La Coop de la médiation numérique @ 46aa33b (indicators.md §7.2, §7.3, §7.5).</remarks>
public static class ActivityVocabulary
{
    /// <summary>The number of digital-mediation thématiques (19, including "aide aux démarches administratives").</summary>
    public const int MediationThematiqueCount = 19;

    /// <summary>The number of administrative thématiques (11).</summary>
    public const int AdministrativeThematiqueCount = 11;

    /// <summary>Whether <paramref name="thematique"/> is one of the 11 administrative thématiques, allowed only together
    /// with <see cref="Thematique.AideAuxDemarchesAdministratives"/>.</summary>
    /// <param name="thematique">A thématique.</param>
    /// <returns>True for the administrative ones.</returns>
    public static bool IsAdministrative(Thematique thematique) => (int)thematique >= Vocab.FirstAdministrative;

    /// <summary>The label of a thématique, for example "Aide aux démarches administratives".</summary>
    /// <param name="thematique">A thématique.</param>
    /// <returns>The national label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined thématique.</exception>
    public static string Label(Thematique thematique) => Vocab.Thematiques[Index(thematique)].Label;

    /// <summary>The API value of a thématique, for example <c>aide_aux_demarches_administratives</c>.</summary>
    /// <param name="thematique">A thématique.</param>
    /// <returns>The national API value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined thématique.</exception>
    public static string ApiValue(Thematique thematique) => Vocab.Thematiques[Index(thematique)].Api;

    /// <summary>
    /// The age bracket by the national rule: when <paramref name="birthYear"/> is present and within
    /// 1900 … <paramref name="referenceYear"/>, age = reference year − birth year (no birthday check) and the bracket
    /// follows the thresholds 12, 18, 25, 40, 60, 70; otherwise the stored bracket is used.
    /// </summary>
    /// <param name="birthYear">The birth year, or null.</param>
    /// <param name="referenceYear">The "current year" of the computation (the national code uses the year of the
    /// query; pass it explicitly so results are reproducible).</param>
    /// <param name="stored">The bracket recorded when the birth year is unknown or out of range.</param>
    /// <returns>The bracket: born 1955 with reference 2025 → 70 → <see cref="AgeBracket.SoixanteDixPlus"/>.</returns>
    public static AgeBracket AgeBracketOf(int? birthYear, int referenceYear, AgeBracket stored = AgeBracket.NonCommunique)
    {
        if (birthYear is not { } year || year < 1900 || year > referenceYear)
        {
            return stored;
        }

        return (referenceYear - year) switch
        {
            < 12 => AgeBracket.MoinsDeDouze,
            < 18 => AgeBracket.DouzeDixHuit,
            < 25 => AgeBracket.DixHuitVingtQuatre,
            < 40 => AgeBracket.VingtCinqTrenteNeuf,
            < 60 => AgeBracket.QuaranteCinquanteNeuf,
            < 70 => AgeBracket.SoixanteSoixanteNeuf,
            _ => AgeBracket.SoixanteDixPlus,
        };
    }

    /// <summary>The statistics bucket of a duration: [0, 30), [30, 60), [60, 120), [120, ∞) minutes.</summary>
    /// <param name="minutes">The duration in minutes, zero or more.</param>
    /// <returns>The bucket.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minutes"/> is negative.</exception>
    public static DurationBucket BucketOf(int minutes) => minutes switch
    {
        < 0 => throw new ArgumentOutOfRangeException(nameof(minutes), minutes, "A duration is never negative."),
        < 30 => DurationBucket.MoinsDe30,
        < 60 => DurationBucket.De30A60,
        < 120 => DurationBucket.De60A120,
        _ => DurationBucket.PlusDe120,
    };

    private static int Index(Thematique thematique) =>
        (uint)thematique < (uint)Vocab.Thematiques.Length
            ? (int)thematique
            : throw new ArgumentOutOfRangeException(nameof(thematique), thematique, "Not a defined thématique.");
}

using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Activities;

/// <summary>
/// A beneficiary as seen by one accompaniment: a pseudonymous id for a followed beneficiary (null for an anonymous
/// one), genre, social status, birth year and stored age bracket, and whether this is the beneficiary's first
/// accompaniment. No name, contact or other personal data is held.
/// </summary>
public sealed class ActivityBeneficiary
{
    /// <summary>Creates a beneficiary entry.</summary>
    /// <param name="pseudonymousId">The pseudonymous id of a followed beneficiary, or null for an anonymous one.</param>
    /// <param name="genre">The genre.</param>
    /// <param name="socialStatus">The social status.</param>
    /// <param name="birthYear">The birth year, or null (any value is kept; out-of-range years fall back to the stored
    /// bracket when the bracket is derived).</param>
    /// <param name="storedAgeBracket">The recorded age bracket.</param>
    /// <param name="firstAccompaniment">Whether this accompaniment is the beneficiary's first.</param>
    /// <exception cref="ArgumentException"><paramref name="pseudonymousId"/> is empty or white space.</exception>
    public ActivityBeneficiary(
        string? pseudonymousId = null,
        Genre genre = Genre.NonCommunique,
        SocialStatus socialStatus = SocialStatus.NonCommunique,
        int? birthYear = null,
        AgeBracket storedAgeBracket = AgeBracket.NonCommunique,
        bool firstAccompaniment = false)
    {
        if (pseudonymousId is not null)
        {
            Preconditions.CheckNotBlank(pseudonymousId);
        }

        PseudonymousId = pseudonymousId;
        Genre = genre;
        SocialStatus = socialStatus;
        BirthYear = birthYear;
        StoredAgeBracket = storedAgeBracket;
        FirstAccompaniment = firstAccompaniment;
    }

    /// <summary>An anonymous beneficiary whose attributes are all "non communiqué".</summary>
    public static ActivityBeneficiary Anonymous { get; } = new();

    /// <summary>The pseudonymous id, or null when the beneficiary is anonymous.</summary>
    public string? PseudonymousId { get; }

    /// <summary>Whether the beneficiary is followed (has a pseudonymous id).</summary>
    public bool IsFollowed => PseudonymousId is not null;

    /// <summary>The genre.</summary>
    public Genre Genre { get; }

    /// <summary>The social status.</summary>
    public SocialStatus SocialStatus { get; }

    /// <summary>The birth year, if known.</summary>
    public int? BirthYear { get; }

    /// <summary>The recorded age bracket (used when the birth year is missing or out of range).</summary>
    public AgeBracket StoredAgeBracket { get; }

    /// <summary>Whether this accompaniment is the beneficiary's first.</summary>
    public bool FirstAccompaniment { get; }

    /// <summary>The age bracket by the national rule for <paramref name="referenceYear"/>.</summary>
    /// <param name="referenceYear">The "current year" of the statistics.</param>
    /// <returns>See <see cref="ActivityVocabulary.AgeBracketOf"/>.</returns>
    public AgeBracket AgeBracketIn(int referenceYear) => ActivityVocabulary.AgeBracketOf(BirthYear, referenceYear, StoredAgeBracket);
}

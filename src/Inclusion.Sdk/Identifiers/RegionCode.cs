namespace Inclusion.Sdk.Identifiers;

/// <summary>
/// The INSEE code of one of the 18 current régions (since 1 January 2016): <c>01</c> Guadeloupe, <c>02</c> Martinique,
/// <c>03</c> Guyane, <c>04</c> La Réunion, <c>06</c> Mayotte, <c>11</c> Île-de-France, <c>24</c> Centre-Val de Loire,
/// <c>27</c> Bourgogne-Franche-Comté, <c>28</c> Normandie, <c>32</c> Hauts-de-France, <c>44</c> Grand Est,
/// <c>52</c> Pays de la Loire, <c>53</c> Bretagne, <c>75</c> Nouvelle-Aquitaine, <c>76</c> Occitanie,
/// <c>84</c> Auvergne-Rhône-Alpes, <c>93</c> Provence-Alpes-Côte d'Azur and <c>94</c> Corse.
/// </summary>
/// <remarks>
/// <para>Validation enumerates the 18 codes (identifiers.md §7); there is no arithmetic rule. The codes of the régions
/// merged in 2016 (<c>21</c>, <c>22</c>, <c>23</c>, <c>25</c>, <c>26</c>, <c>31</c>, <c>41</c>, <c>42</c>, <c>43</c>,
/// <c>54</c>, <c>72</c>, <c>73</c>, <c>74</c>, <c>82</c>, <c>83</c>, <c>91</c>) are rejected with
/// <c>region-code.obsolete</c> and the code of the région they were merged into as the suggestion (loi n° 2015-29 of
/// 16 January 2015). A single digit whose leading zero was lost (<c>1</c>) is rejected with
/// <c>region-code.leading-zero</c> and the suggestion <c>01</c>.</para>
/// <para><c>default(RegionCode)</c> is not a région: it is never produced by parsing, its <see cref="ToString"/> is the
/// empty string and it sorts before every parsed code.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct RegionCode : IIdentifier<RegionCode>, IComparable<RegionCode>
{
    private static readonly string[] CurrentCodes =
        ["01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94"];

    private readonly byte number;

    private RegionCode(int number) => this.number = (byte)number;

    /// <summary>Parses a région code.</summary>
    /// <param name="text">The text, for example <c>11</c> or <c>01</c>.</param>
    /// <returns>
    /// The code; or an error with rule <c>region-code.empty</c>, <c>.leading-zero</c>, <c>.obsolete</c>, <c>.unknown</c>
    /// or <c>.format</c>.
    /// </returns>
    public static ParseResult<RegionCode> Parse(ReadOnlySpan<char> text)
    {
        var fault = Check(text, out var result, out int n);
        if (fault == Fault.None)
        {
            return ParseResult<RegionCode>.ForValue(result);
        }

        string raw = IdentifierText.Raw(text);
        return ParseResult<RegionCode>.ForError(fault switch
        {
            Fault.Empty => IdentifierRules.RegionCodeEmpty.Issue(raw),
            Fault.LeadingZero => IdentifierRules.RegionCodeLeadingZero.Issue(raw, new RegionCode(n).ToString()),
            Fault.Obsolete => IdentifierRules.RegionCodeObsolete.Issue(raw, new RegionCode(MergedInto(n)).ToString()),
            Fault.Unknown => IdentifierRules.RegionCodeUnknown.Issue(raw, allowedValues: CurrentCodes),
            _ => IdentifierRules.RegionCodeFormat.Issue(raw),
        });
    }

    /// <summary>Parses a région code without allocating.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The code, or <c>default</c> when the text is rejected.</param>
    /// <returns><see langword="true"/> when <see cref="Parse"/> would succeed.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out RegionCode result) => Check(text, out result, out _) == Fault.None;

    private static Fault Check(ReadOnlySpan<char> text, out RegionCode result, out int n)
    {
        result = default;
        n = 0;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return Fault.Empty;
        }

        if (text.Length > 2 || !IdentifierText.AllDigits(text))
        {
            return Fault.Format;
        }

        n = (int)IdentifierText.ToNumber(text);
        if (IsCurrent(n))
        {
            if (text.Length == 1)
            {
                return Fault.LeadingZero;
            }

            result = new RegionCode(n);
            return Fault.None;
        }

        return text.Length == 2 && MergedInto(n) != 0 ? Fault.Obsolete : Fault.Unknown;
    }

    private static bool IsCurrent(int n) => n is 1 or 2 or 3 or 4 or 6 or 11 or 24 or 27 or 28 or 32 or 44 or 52 or 53 or 75 or 76 or 84 or 93 or 94;

    /// <summary>The current région that a région merged on 1 January 2016 belongs to; 0 for any other code.</summary>
    private static int MergedInto(int n) => n switch
    {
        21 or 41 or 42 => 44, // Champagne-Ardenne, Lorraine, Alsace → Grand Est
        22 or 31 => 32, // Picardie, Nord-Pas-de-Calais → Hauts-de-France
        23 or 25 => 28, // Haute-Normandie, Basse-Normandie → Normandie
        26 or 43 => 27, // Bourgogne, Franche-Comté → Bourgogne-Franche-Comté
        54 or 72 or 74 => 75, // Poitou-Charentes, Aquitaine, Limousin → Nouvelle-Aquitaine
        73 or 91 => 76, // Midi-Pyrénées, Languedoc-Roussillon → Occitanie
        82 or 83 => 84, // Rhône-Alpes, Auvergne → Auvergne-Rhône-Alpes
        _ => 0,
    };

    /// <summary>Compares two codes in ordinal order of their text.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>A negative number, zero or a positive number when this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(RegionCode other) => number.CompareTo(other.number);

    /// <summary>Tests whether two codes are equal.</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when both codes are the same.</returns>
    public bool Equals(RegionCode other) => number == other.number;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RegionCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => number;

    /// <summary>Formats the code as 2 digits, such as <c>01</c> or <c>84</c>; the empty string for <c>default(RegionCode)</c>.</summary>
    /// <returns>The 2-digit code.</returns>
    public override string ToString() => 
        number == 0 ? string.Empty : number.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the codes are equal.</returns>
    public static bool operator ==(RegionCode left, RegionCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the codes differ.</returns>
    public static bool operator !=(RegionCode left, RegionCode right) => !left.Equals(right);

    /// <summary>Less than.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(RegionCode left, RegionCode right) => left.CompareTo(right) < 0;

    /// <summary>Less than or equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(RegionCode left, RegionCode right) => left.CompareTo(right) <= 0;

    /// <summary>Greater than.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(RegionCode left, RegionCode right) => left.CompareTo(right) > 0;

    /// <summary>Greater than or equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(RegionCode left, RegionCode right) => left.CompareTo(right) >= 0;
}

using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Actors;

/// <summary>
/// The kind of a structure, as a code of the data·inclusion v0 vocabulary « typologies de structures »
/// (for example <c>TIERS_LIEUX</c>, <c>ASSO</c>, <c>CCAS</c>), with its French label.
/// </summary>
/// <remarks>
/// <para>The vocabulary (92 codes, <see cref="All"/>) is embedded in the package from
/// <c>gip-inclusion/data-inclusion-schema</c> at commit <c>ac5bbb3</c> (v1.0.6), Licence Ouverte 2.0. The MedNum
/// standard for lieux de médiation numérique still uses it in its <c>typologie</c> field.</para>
/// <para><see cref="Parse"/> also accepts the four codes used by the ANCT library but absent from data·inclusion
/// (<c>ESAT</c>, <c>FABRIQUE</c>, <c>MDH</c>, <c>RELAIS_LECTURE</c>), with the warning
/// <c>typologie.not-in-vocabulary</c>, and codes written in another case, with the warning <c>typologie.case</c>.
/// Unknown codes fail with <c>typologie.unknown</c>, the allowed values and, when one is close, a suggestion.</para>
/// <para>The default value has an empty <see cref="Code"/>; parsing never produces it. This type is immutable and
/// thread-safe.</para>
/// </remarks>
public readonly struct StructureTypology : IEquatable<StructureTypology>
{
    private static readonly Lazy<Vocabulary> Data = new(Vocabulary.Load);

    private readonly string? code;
    private readonly string? label;

    private StructureTypology(string code, string label, bool isInVocabulary)
    {
        this.code = code;
        this.label = label;
        IsInVocabulary = isInVocabulary;
    }

    /// <summary>The code, for example <c>TIERS_LIEUX</c> (note the mixed-case <c>Autre</c>).</summary>
    public string Code => code ?? string.Empty;

    /// <summary>The French label, for example « Tiers-lieux &amp; coworking (TL) ».</summary>
    public string Label => label ?? string.Empty;

    /// <summary>
    /// False for the ANCT library codes that are not in the data·inclusion v0 vocabulary
    /// (<c>ESAT</c>, <c>FABRIQUE</c>, <c>MDH</c>, <c>RELAIS_LECTURE</c>).
    /// </summary>
    public bool IsInVocabulary { get; }

    /// <summary>The 92 typologies of the data·inclusion v0 vocabulary, in the order of the source file.</summary>
    public static IReadOnlyList<StructureTypology> All => Data.Value.All;

    /// <summary>Parses a typology code; surrounding white space is ignored.</summary>
    /// <param name="text">The code, for example <c>TIERS_LIEUX</c>.</param>
    /// <returns>
    /// The typology, with a warning when the code is outside the vocabulary or was written in another case;
    /// or the error <c>typologie.empty</c> or <c>typologie.unknown</c> (with the allowed values and a suggestion).
    /// </returns>
    public static ParseResult<StructureTypology> Parse(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            return ParseResult<StructureTypology>.ForError(ActorRules.TypologyEmpty.Issue(text.ToString()));
        }

        var vocabulary = Data.Value;
        if (vocabulary.ByCode.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(trimmed, out var exact))
        {
            return exact.IsInVocabulary
                ? ParseResult<StructureTypology>.ForValue(exact)
                : ParseResult<StructureTypology>.ForValue(exact, ActorRules.TypologyNotInVocabulary.Issue(exact.Code));
        }

        var raw = trimmed.ToString();
        if (vocabulary.ByCodeIgnoreCase.TryGetValue(raw, out var folded))
        {
            var caseWarning = ActorRules.TypologyCase.Issue(raw, suggestion: folded.Code, extra: folded.Code);
            return folded.IsInVocabulary
                ? ParseResult<StructureTypology>.ForValue(folded, caseWarning)
                : ParseResult<StructureTypology>.ForValue(folded, [caseWarning, ActorRules.TypologyNotInVocabulary.Issue(folded.Code)]);
        }

        var suggestion = string.Equals(raw, "PE", StringComparison.OrdinalIgnoreCase)
            ? "FT" // Pôle emploi became France Travail; PE is the old code.
            : ClosestMatch.Find(trimmed, vocabulary.Codes);
        return ParseResult<StructureTypology>.ForError(
            ActorRules.TypologyUnknown.Issue(raw, suggestion: suggestion, allowedValues: vocabulary.Codes));
    }

    /// <summary>Parses a typology code, accepting the same forms as <see cref="Parse"/> (warnings are dropped).</summary>
    /// <param name="text">The code.</param>
    /// <param name="result">The typology, or the default value when the code is rejected.</param>
    /// <returns><see langword="true"/> when the code was accepted.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out StructureTypology result) => Parse(text).TryGetValue(out result);

    /// <inheritdoc />
    public bool Equals(StructureTypology other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is StructureTypology other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the code.</summary>
    /// <returns><see cref="Code"/>.</returns>
    public override string ToString() => Code;

    /// <summary>Equality of two typologies (by code).</summary>
    /// <param name="left">The first typology.</param>
    /// <param name="right">The second typology.</param>
    /// <returns><see langword="true"/> when the codes are equal.</returns>
    public static bool operator ==(StructureTypology left, StructureTypology right) => left.Equals(right);

    /// <summary>Inequality of two typologies (by code).</summary>
    /// <param name="left">The first typology.</param>
    /// <param name="right">The second typology.</param>
    /// <returns><see langword="true"/> when the codes differ.</returns>
    public static bool operator !=(StructureTypology left, StructureTypology right) => !left.Equals(right);

    private sealed class Vocabulary
    {
        private Vocabulary(StructureTypology[] all, StructureTypology[] drift)
        {
            All = all;
            Codes = Array.ConvertAll(all, t => t.Code);
            ByCode = new Dictionary<string, StructureTypology>(StringComparer.Ordinal);
            ByCodeIgnoreCase = new Dictionary<string, StructureTypology>(StringComparer.OrdinalIgnoreCase);
            foreach (var typology in all.Concat(drift))
            {
                ByCode.Add(typology.Code, typology);
                ByCodeIgnoreCase.TryAdd(typology.Code, typology);
            }
        }

        internal StructureTypology[] All { get; }

        internal string[] Codes { get; }

        internal Dictionary<string, StructureTypology> ByCode { get; }

        internal Dictionary<string, StructureTypology> ByCodeIgnoreCase { get; }

        internal static Vocabulary Load()
        {
            var all = new List<StructureTypology>(92);
            foreach (var member in EmbeddedData.ReadJsonObjects("data-inclusion/typologies-de-structures.json", "value", "label"))
            {
                if (member[0] is { } value)
                {
                    all.Add(new StructureTypology(value, member[1] ?? value, isInVocabulary: true));
                }
            }

            // Codes of the ANCT lieux-de-médiation-numérique library that data·inclusion v0 lacks (standards.md §4.4).
            StructureTypology[] drift =
            [
                new("ESAT", "Établissement et service d'aide par le travail (ESAT)", isInVocabulary: false),
                new("FABRIQUE", "Fabrique de territoire", isInVocabulary: false),
                new("MDH", "MDH (code de la bibliothèque ANCT, hors data·inclusion)", isInVocabulary: false),
                new("RELAIS_LECTURE", "Relais lecture", isInVocabulary: false),
            ];
            return new Vocabulary([.. all], drift);
        }
    }
}

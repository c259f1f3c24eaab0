using Inclusion.Sdk.Identifiers;

namespace Inclusion.Sdk.Actors;

/// <summary>
/// The « pivot » that identifies a structure across data sets, as in the lieux de médiation numérique standard: a
/// <see cref="Identifiers.Siret"/>, or an <see cref="Identifiers.Rna"/> number for an association without SIRET, or a
/// <see cref="Identifiers.Ridet"/> in Nouvelle-Calédonie.
/// </summary>
/// <remarks>
/// <para><see cref="Parse"/> detects the kind from the text (after removing spaces, dots and dashes): 14 digits → SIRET;
/// <c>W</c> followed by 9 characters → RNA; 10 digits or pass Culture's <c>NC…XX</c> form → RIDET; then validates it
/// with that identifier type. A 9-digit SIREN is rejected with <c>pivot.siren</c>: it names a legal unit, not the
/// place; give the SIRET of the establishment.</para>
/// <para>The default value has <see cref="Kind"/> <see cref="PivotKind.None"/>; parsing never produces it. This type is
/// immutable and thread-safe.</para>
/// </remarks>
public readonly struct PivotIdentifier : IEquatable<PivotIdentifier>
{
    private readonly Siret siret;
    private readonly Rna rna;
    private readonly Ridet ridet;

    /// <summary>Creates a pivot from a SIRET.</summary>
    /// <param name="siret">The SIRET.</param>
    /// <exception cref="ArgumentException"><paramref name="siret"/> is the default value.</exception>
    public PivotIdentifier(Siret siret)
    {
        Utility.Preconditions.CheckArgument(siret != default, nameof(siret), "The SIRET is the default value.");
        this.siret = siret;
        Kind = PivotKind.Siret;
    }

    /// <summary>Creates a pivot from an RNA number.</summary>
    /// <param name="rna">The RNA number.</param>
    /// <exception cref="ArgumentException"><paramref name="rna"/> is the default value.</exception>
    public PivotIdentifier(Rna rna)
    {
        Utility.Preconditions.CheckArgument(rna != default, nameof(rna), "The RNA number is the default value.");
        this.rna = rna;
        Kind = PivotKind.Rna;
    }

    /// <summary>Creates a pivot from a RIDET.</summary>
    /// <param name="ridet">The RIDET.</param>
    /// <exception cref="ArgumentException"><paramref name="ridet"/> is the default value.</exception>
    public PivotIdentifier(Ridet ridet)
    {
        Utility.Preconditions.CheckArgument(ridet != default, nameof(ridet), "The RIDET is the default value.");
        this.ridet = ridet;
        Kind = PivotKind.Ridet;
    }

    /// <summary>The kind of identifier.</summary>
    public PivotKind Kind { get; }

    /// <summary>The SIRET, when <see cref="Kind"/> is <see cref="PivotKind.Siret"/>.</summary>
    public Siret? Siret => Kind == PivotKind.Siret ? siret : null;

    /// <summary>The RNA number, when <see cref="Kind"/> is <see cref="PivotKind.Rna"/>.</summary>
    public Rna? Rna => Kind == PivotKind.Rna ? rna : null;

    /// <summary>The RIDET, when <see cref="Kind"/> is <see cref="PivotKind.Ridet"/>.</summary>
    public Ridet? Ridet => Kind == PivotKind.Ridet ? ridet : null;

    /// <summary>Detects the kind of a pivot and parses it with the matching identifier type.</summary>
    /// <param name="text">The text, for example <c>13002526500013</c>, <c>W931012663</c> or <c>1234567001</c>.</param>
    /// <returns>The pivot with the identifier's warnings; or the identifier's error, <c>pivot.empty</c>,
    /// <c>pivot.siren</c> (9 digits) or <c>pivot.unknown-kind</c>.</returns>
    public static ParseResult<PivotIdentifier> Parse(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[16];
        var length = 0;
        var digits = 0;
        var tooLong = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '.' or '-')
            {
                continue;
            }

            if (length == buffer.Length)
            {
                tooLong = true;
                break;
            }

            buffer[length++] = char.ToUpperInvariant(c);
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
        }

        var compact = buffer[..length];
        if (length == 0)
        {
            return ParseResult<PivotIdentifier>.ForError(ActorRules.PivotEmpty.Issue(text.ToString()));
        }

        if (!tooLong && compact[0] == 'W')
        {
            return Convert(Identifiers.Rna.Parse(text), static r => new PivotIdentifier(r));
        }

        if (!tooLong && compact.StartsWith("NC"))
        {
            return Convert(Identifiers.Ridet.Parse(text), static r => new PivotIdentifier(r));
        }

        if (!tooLong && digits == length)
        {
            switch (length)
            {
                case 13 or 14:
                    return Convert(Identifiers.Siret.Parse(text), static s => new PivotIdentifier(s));
                case 10:
                    return Convert(Identifiers.Ridet.Parse(text), static r => new PivotIdentifier(r));
                case 9:
                    return ParseResult<PivotIdentifier>.ForError(ActorRules.PivotSiren.Issue(text.ToString()));
            }
        }

        return ParseResult<PivotIdentifier>.ForError(ActorRules.PivotUnknownKind.Issue(text.ToString()));
    }

    /// <summary>Parses a pivot like <see cref="Parse"/>, dropping warnings.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The pivot, or the default value when the text is rejected.</param>
    /// <returns><see langword="true"/> when the text was accepted.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PivotIdentifier result) => Parse(text).TryGetValue(out result);

    /// <inheritdoc />
    public bool Equals(PivotIdentifier other) => Kind == other.Kind && Kind switch
    {
        PivotKind.Siret => siret == other.siret,
        PivotKind.Rna => rna == other.rna,
        PivotKind.Ridet => ridet == other.ridet,
        _ => true,
    };

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PivotIdentifier other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Kind switch
    {
        PivotKind.Siret => HashCode.Combine(Kind, siret),
        PivotKind.Rna => HashCode.Combine(Kind, rna),
        PivotKind.Ridet => HashCode.Combine(Kind, ridet),
        _ => 0,
    };

    /// <summary>Returns the normalised identifier (the <c>ToString</c> of the SIRET, RNA number or RIDET).</summary>
    /// <returns>The identifier, or an empty string for the default value.</returns>
    public override string ToString() => Kind switch
    {
        PivotKind.Siret => siret.ToString(),
        PivotKind.Rna => rna.ToString(),
        PivotKind.Ridet => ridet.ToString(),
        _ => string.Empty,
    };

    /// <summary>Equality of two pivots.</summary>
    /// <param name="left">The first pivot.</param>
    /// <param name="right">The second pivot.</param>
    /// <returns><see langword="true"/> when kind and identifier are equal.</returns>
    public static bool operator ==(PivotIdentifier left, PivotIdentifier right) => left.Equals(right);

    /// <summary>Inequality of two pivots.</summary>
    /// <param name="left">The first pivot.</param>
    /// <param name="right">The second pivot.</param>
    /// <returns><see langword="true"/> when kind or identifier differ.</returns>
    public static bool operator !=(PivotIdentifier left, PivotIdentifier right) => !left.Equals(right);

    private static ParseResult<PivotIdentifier> Convert<T>(ParseResult<T> parsed, Func<T, PivotIdentifier> map) =>
        parsed.TryGetValue(out var value) ? ParseResult<PivotIdentifier>.ForValue(map(value), parsed.Warnings) : parsed.ConvertError<PivotIdentifier>();
}

using System.Text.RegularExpressions;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Strategy;

/// <summary>
/// A thematic axis of a territorial strategy: the built-in axes of the seed text (three concerns raised on every
/// politique-de-la-ville site plus economic development, with their sub-axes) or an axis defined by the user.
/// </summary>
/// <remarks>
/// <para><b>Source.</b> J. Houdremont, « Mise en œuvre d'une stratégie territoriale d'usage du numérique », IREV, Lille,
/// 28 November 2017: <i>l'insertion professionnelle et sociale</i> (accès aux droits, identité numérique, savoirs de
/// base), <i>l'éducation et la jeunesse</i> (parentalité à l'heure du numérique, posture éducative des intervenants),
/// <i>la participation</i>, <i>le développement économique</i>.</para>
/// <para>Codes are lower-case words joined by hyphens, a sub-axis prefixed by its parent and a dot
/// (<c>insertion.acces-aux-droits</c>). Equality is by <see cref="Code"/>. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed partial class StrategyAxis : IEquatable<StrategyAxis>
{
    /// <summary>Creates a user-defined axis.</summary>
    /// <param name="code">The code: lower-case ASCII words joined by hyphens; a sub-axis is <c>parent.child</c>.</param>
    /// <param name="name">The name (not blank), in the language of the plan.</param>
    /// <param name="parent">The parent axis of a sub-axis; its code must prefix <paramref name="code"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The code is malformed, the name is blank, or the parent does not match the code.</exception>
    public StrategyAxis(string code, string name, StrategyAxis? parent = null)
    {
        Preconditions.CheckNotNull(code);
        Preconditions.CheckArgument(IsValidCode(code), nameof(code), $"'{code}' is not an axis code such as 'participation' or 'insertion.acces-aux-droits'.");
        Name = Preconditions.CheckNotBlank(name).Trim();
        var dot = code.LastIndexOf('.');
        if (parent is null)
        {
            Preconditions.CheckArgument(dot < 0, nameof(parent), $"The sub-axis '{code}' needs its parent axis.");
        }
        else
        {
            Preconditions.CheckArgument(dot > 0 && code[..dot] == parent.Code, nameof(parent), $"The code '{code}' does not start with the parent's code '{parent.Code}.'.");
        }

        Code = code;
        Parent = parent;
    }

    /// <summary>Insertion professionnelle et sociale (seed: concern 1).</summary>
    public static StrategyAxis Insertion { get; } = new("insertion", "Insertion professionnelle et sociale");

    /// <summary>Accès aux droits (sub-axis of <see cref="Insertion"/>): online administration and access to rights.</summary>
    public static StrategyAxis AccesAuxDroits { get; } = new("insertion.acces-aux-droits", "Accès aux droits", Insertion);

    /// <summary>Identité numérique (sub-axis of <see cref="Insertion"/>).</summary>
    public static StrategyAxis IdentiteNumerique { get; } = new("insertion.identite-numerique", "Identité numérique", Insertion);

    /// <summary>Savoirs de base (sub-axis of <see cref="Insertion"/>): e-mail, passwords, basic office software.</summary>
    public static StrategyAxis SavoirsDeBase { get; } = new("insertion.savoirs-de-base", "Savoirs de base", Insertion);

    /// <summary>Éducation et jeunesse (seed: concern 2).</summary>
    public static StrategyAxis Education { get; } = new("education", "Éducation et jeunesse");

    /// <summary>Parentalité à l'heure du numérique (sub-axis of <see cref="Education"/>).</summary>
    public static StrategyAxis ParentaliteNumerique { get; } = new("education.parentalite-numerique", "Parentalité à l'heure du numérique", Education);

    /// <summary>Posture éducative des intervenants scolaires, périscolaires et extra-scolaires (sub-axis of <see cref="Education"/>).</summary>
    public static StrategyAxis PostureEducative { get; } = new("education.posture-educative", "Posture éducative des intervenants", Education);

    /// <summary>La participation (seed: concern 3).</summary>
    public static StrategyAxis Participation { get; } = new("participation", "Participation");

    /// <summary>Le développement économique (seed: fourth theme).</summary>
    public static StrategyAxis DeveloppementEconomique { get; } = new("developpement-economique", "Développement économique");

    /// <summary>The nine built-in axes, parents before their sub-axes.</summary>
    public static IReadOnlyList<StrategyAxis> BuiltIn { get; } =
    [
        Insertion, AccesAuxDroits, IdentiteNumerique, SavoirsDeBase,
        Education, ParentaliteNumerique, PostureEducative,
        Participation, DeveloppementEconomique,
    ];

    /// <summary>The code, for example <c>insertion.acces-aux-droits</c>.</summary>
    public string Code { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The parent axis of a sub-axis, or <see langword="null"/> for a top-level axis.</summary>
    public StrategyAxis? Parent { get; }

    /// <summary>Whether this axis is one of <see cref="BuiltIn"/>.</summary>
    public bool IsBuiltIn => BuiltIn.Any(a => a.Code == Code);

    /// <summary>The top-level axis: this axis or its furthest ancestor.</summary>
    public StrategyAxis Root => Parent?.Root ?? this;

    /// <summary>Finds a built-in axis by its code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The built-in axis, or <see langword="null"/>.</returns>
    public static StrategyAxis? FindBuiltIn(string? code) => BuiltIn.FirstOrDefault(a => a.Code == code);

    /// <summary>Whether <paramref name="code"/> is a well-formed axis code.</summary>
    /// <param name="code">The code to test.</param>
    /// <returns><see langword="true"/> for lower-case words joined by hyphens and dots.</returns>
    public static bool IsValidCode(string? code) => code is not null && CodePattern().IsMatch(code);

    /// <inheritdoc/>
    public bool Equals(StrategyAxis? other) => other is not null && Code == other.Code;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as StrategyAxis);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}

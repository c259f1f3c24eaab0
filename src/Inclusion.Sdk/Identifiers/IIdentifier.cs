namespace Inclusion.Sdk.Identifiers;

/// <summary>
/// A French identifier or code (SIRET, INSEE commune code…) that parses, normalises and validates text.
/// </summary>
/// <typeparam name="TSelf">The implementing value type.</typeparam>
/// <remarks>
/// Implementations are immutable value types whose default value is never produced by parsing.
/// <see cref="object.ToString"/> returns the normalised form that <see cref="Parse"/> accepts back.
/// </remarks>
public interface IIdentifier<TSelf> : IEquatable<TSelf>
    where TSelf : struct, IIdentifier<TSelf>
{
    /// <summary>Parses and normalises <paramref name="text"/> (spaces, dots and dashes removed where the identifier allows).</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The value with any warnings, or the error with its rule code, message and suggestion.</returns>
    static abstract ParseResult<TSelf> Parse(ReadOnlySpan<char> text);

    /// <summary>Parses <paramref name="text"/> without allocating on success.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The value, or the default value when the text is rejected.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    static abstract bool TryParse(ReadOnlySpan<char> text, out TSelf result);
}

using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk;

/// <summary>
/// The outcome of parsing text into a value: the value and any warnings on success, or the error that rejected the text.
/// </summary>
/// <typeparam name="T">The parsed type.</typeparam>
/// <remarks>
/// <para>Parsing never throws on bad input: the rejection is an <see cref="Error"/> with a stable rule code, the offending
/// value, bilingual messages and, where one exists, a suggested fix. Reading <see cref="Value"/> of a failed result throws
/// a <see cref="FormatException"/> that carries the same message.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct ParseResult<T>
{
    private readonly T value;
    private readonly ValidationIssue? error;
    private readonly IReadOnlyList<ValidationIssue>? warnings;

    private ParseResult(T value, ValidationIssue? error, IReadOnlyList<ValidationIssue>? warnings)
    {
        this.value = value;
        this.error = error;
        this.warnings = warnings;
    }

    /// <summary>True when the text was parsed.</summary>
    public bool Success => error is null;

    /// <summary>The parsed value.</summary>
    /// <exception cref="FormatException">The text was rejected; the message starts with the rule code.</exception>
    public T Value => error is null ? value : throw new FormatException($"[{error.RuleCode}] {error.MessageEn}");

    /// <summary>The issue that rejected the text, or <see langword="null"/> on success.</summary>
    public ValidationIssue? Error => error;

    /// <summary>Warnings about an accepted value (for example a form that was normalised); empty when none.</summary>
    public IReadOnlyList<ValidationIssue> Warnings => warnings ?? [];

    /// <summary>Every issue: the error if any, then the warnings.</summary>
    public IReadOnlyList<ValidationIssue> Issues => error is null ? Warnings : [error, .. Warnings];

    /// <summary>Gets the value when parsing succeeded.</summary>
    /// <param name="result">The value, or the default value on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public bool TryGetValue(out T result)
    {
        result = value;
        return error is null;
    }

    /// <summary>Formats the outcome: the value, or the rule code and message.</summary>
    /// <returns>The formatted outcome.</returns>
    public override string ToString() => error is null ? $"{value}" : $"[{error.RuleCode}] {error.MessageEn}";

    internal static ParseResult<T> ForValue(T value) => new(value, null, null);

    internal static ParseResult<T> ForValue(T value, ValidationIssue warning) => new(value, null, [warning]);

    internal static ParseResult<T> ForValue(T value, IReadOnlyList<ValidationIssue>? warnings) =>
        new(value, null, warnings is { Count: > 0 } ? warnings : null);

    internal static ParseResult<T> ForError(ValidationIssue error) => new(default!, error, null);

    /// <summary>Converts the failure of another result into a failure of this type.</summary>
    internal ParseResult<TOther> ConvertError<TOther>() =>
        ParseResult<TOther>.ForError(error ?? throw new InvalidOperationException("The result is a success."));
}

using System.Text.Json.Serialization;

namespace Inclusion.Sdk.Reporting;

/// <summary>How many issues of one rule and severity a <see cref="ValidationReport"/> counted.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public readonly struct RuleCount : IEquatable<RuleCount>
{
    /// <summary>Creates a count.</summary>
    /// <param name="ruleCode">The rule code.</param>
    /// <param name="severity">The severity of the issues counted.</param>
    /// <param name="count">The number of issues (zero or more).</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleCode"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    [JsonConstructor]
    public RuleCount(string ruleCode, Severity severity, long count)
    {
        ArgumentNullException.ThrowIfNull(ruleCode);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        RuleCode = ruleCode;
        Severity = severity;
        Count = count;
    }

    /// <summary>The rule code.</summary>
    public string RuleCode { get; }

    /// <summary>The severity of the issues counted.</summary>
    public Severity Severity { get; }

    /// <summary>The number of issues.</summary>
    public long Count { get; }

    /// <inheritdoc />
    public bool Equals(RuleCount other) => RuleCode == other.RuleCode && Severity == other.Severity && Count == other.Count;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RuleCount other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuleCode, Severity, Count);

    /// <summary>Formats the count as <c>rule (severity): count</c>.</summary>
    /// <returns>The formatted count.</returns>
    public override string ToString() => FormattableString.Invariant($"{RuleCode} ({Severity}): {Count}");

    /// <summary>Equality of two counts.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns><see langword="true"/> when rule, severity and count are equal.</returns>
    public static bool operator ==(RuleCount left, RuleCount right) => left.Equals(right);

    /// <summary>Inequality of two counts.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns><see langword="true"/> when rule, severity or count differ.</returns>
    public static bool operator !=(RuleCount left, RuleCount right) => !left.Equals(right);
}

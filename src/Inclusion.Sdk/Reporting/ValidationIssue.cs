using System.Text;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Reporting;

/// <summary>
/// One problem found while parsing or validating a value or a data file: a stable dotted rule code, a severity,
/// where it was found, the offending value, a message in English and in French, the allowed values where relevant
/// and a suggested fix where one exists.
/// </summary>
/// <remarks>
/// <para>Rule codes are stable: programs may switch on them. They are lower-case dotted words such as
/// <c>siret.checksum</c> or <c>postal-code.leading-zero</c>; the full list is in <c>docs/rules.md</c>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed partial class ValidationIssue
{
    /// <summary>The rule and arguments of an issue whose messages are formatted when first read; null otherwise.</summary>
    private readonly RuleDefinition? rule;
    private readonly object?[]? arguments;
    private string? messageEn;
    private string? messageFr;

    /// <summary>Creates an issue.</summary>
    /// <param name="ruleCode">The stable dotted rule code, for example <c>siret.checksum</c>.</param>
    /// <param name="severity">How serious the issue is.</param>
    /// <param name="messageEn">The message in English.</param>
    /// <param name="messageFr">The message in French.</param>
    /// <param name="value">The offending value as it was read, or <see langword="null"/>.</param>
    /// <param name="location">Where the issue was found; <see langword="null"/> means <see cref="IssueLocation.None"/>.</param>
    /// <param name="allowedValues">The allowed values, when the rule is an enumeration; may be <see langword="null"/>.</param>
    /// <param name="suggestion">A suggested replacement value, when one exists.</param>
    /// <exception cref="ArgumentNullException">A message or the rule code is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The rule code is not a lower-case dotted code, or a message is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined value.</exception>
    [JsonConstructor]
    public ValidationIssue(
        string ruleCode,
        Severity severity,
        string messageEn,
        string messageFr,
        string? value = null,
        IssueLocation? location = null,
        IReadOnlyList<string>? allowedValues = null,
        string? suggestion = null)
    {
        Preconditions.CheckNotNull(ruleCode);
        Preconditions.CheckArgument(RuleCodePattern().IsMatch(ruleCode), nameof(ruleCode), $"'{ruleCode}' is not a lower-case dotted rule code such as 'siret.checksum'.");
        Preconditions.CheckArgumentRange(nameof(severity), (long)severity, (long)Severity.Info, (long)Severity.Error);
        RuleCode = ruleCode;
        Severity = severity;
        this.messageEn = Preconditions.CheckNotBlank(messageEn);
        this.messageFr = Preconditions.CheckNotBlank(messageFr);
        Value = value;
        Location = location ?? IssueLocation.None;
        AllowedValues = allowedValues is null || allowedValues.Count == 0 ? [] : allowedValues.ToArray();
        Suggestion = string.IsNullOrEmpty(suggestion) ? null : suggestion;
    }

    /// <summary>
    /// An issue of a catalogue rule whose messages are formatted when first read (a validator that finds thousands of
    /// issues pays for the text of those it writes only). The rule's code and templates were checked when the
    /// catalogue was built; <paramref name="arguments"/> are the template's arguments, <c>{0}</c> first.
    /// </summary>
    internal ValidationIssue(RuleDefinition rule, Severity severity, object?[] arguments, string? value, IssueLocation? location, IReadOnlyList<string>? allowedValues, string? suggestion)
    {
        RuleCode = rule.Code;
        Severity = severity;
        this.rule = rule;
        this.arguments = arguments;
        Value = value;
        Location = location ?? IssueLocation.None;
        AllowedValues = allowedValues is null || allowedValues.Count == 0 ? [] : allowedValues.ToArray();
        Suggestion = string.IsNullOrEmpty(suggestion) ? null : suggestion;
    }

    /// <summary>A copy at another location, or with other arguments, value and suggestion: messages still formatted
    /// when first read, from the same rule.</summary>
    private ValidationIssue(ValidationIssue issue, IssueLocation location, object?[]? arguments, string? value, string? suggestion)
    {
        RuleCode = issue.RuleCode;
        Severity = issue.Severity;
        rule = issue.rule;
        this.arguments = arguments ?? issue.arguments;
        messageEn = arguments is null ? issue.messageEn : null;
        messageFr = arguments is null ? issue.messageFr : null;
        Value = value;
        Location = location;
        AllowedValues = issue.AllowedValues;
        Suggestion = suggestion;
    }

    /// <summary>The stable dotted rule code, for example <c>siret.checksum</c>.</summary>
    public string RuleCode { get; }

    /// <summary>How serious the issue is.</summary>
    public Severity Severity { get; }

    /// <summary>The message in English.</summary>
    public string MessageEn => messageEn ??= rule!.FormatEn(arguments!);

    /// <summary>The message in French.</summary>
    public string MessageFr => messageFr ??= rule!.FormatFr(arguments!);

    /// <summary>The offending value as it was read, if any.</summary>
    public string? Value { get; }

    /// <summary>Where the issue was found (never <see langword="null"/>; <see cref="IssueLocation.None"/> when unknown).</summary>
    public IssueLocation Location { get; }

    /// <summary>The allowed values when the rule is an enumeration; empty otherwise.</summary>
    public IReadOnlyList<string> AllowedValues { get; }

    /// <summary>A suggested replacement value, when one exists.</summary>
    public string? Suggestion { get; }

    /// <summary>The message in the requested language.</summary>
    /// <param name="language">The language.</param>
    /// <returns><see cref="MessageFr"/> for French, otherwise <see cref="MessageEn"/>.</returns>
    public string GetMessage(MessageLanguage language) => language == MessageLanguage.French ? MessageFr : MessageEn;

    /// <summary>Returns a copy of this issue at another location.</summary>
    /// <param name="location">The new location.</param>
    /// <returns>A new issue that differs only by its location.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="location"/> is <see langword="null"/>.</exception>
    public ValidationIssue WithLocation(IssueLocation location) => rule is null
        ? new(RuleCode, Severity, MessageEn, MessageFr, Value, Preconditions.CheckNotNull(location), AllowedValues, Suggestion)
        : new(this, Preconditions.CheckNotNull(location), null, Value, Suggestion);

    /// <summary>
    /// A copy whose value, suggestion and messages went through <paramref name="mask"/> (personal data hidden). An issue
    /// of a catalogue rule has its value, suggestion and text arguments masked before its messages are formatted,
    /// which gives the masked messages without reading them (the templates hold no personal data); any other issue
    /// has its two messages masked.
    /// </summary>
    internal ValidationIssue Masked(Func<string?, string?> mask)
    {
        if (rule is null)
        {
            return new(RuleCode, Severity, mask(MessageEn)!, mask(MessageFr)!, mask(Value), Location, AllowedValues, mask(Suggestion));
        }

        var masked = new object?[arguments!.Length];
        for (var i = 0; i < masked.Length; i++)
        {
            masked[i] = arguments[i] is string text ? mask(text) : arguments[i];
        }

        return new(this, Location, masked, mask(Value), mask(Suggestion));
    }

    /// <summary>
    /// Formats the issue on one line: location, severity, rule code, message, value and suggestion.
    /// </summary>
    /// <param name="language">The language of the message.</param>
    /// <returns>For example <c>places.csv:3:2 (pivot) error siret.checksum: … [value: 123] → suggestion: 124</c>.</returns>
    public string ToString(MessageLanguage language)
    {
        var builder = new StringBuilder();
        if (!Location.IsNone)
        {
            builder.Append(Location).Append(' ');
        }

        builder.Append(Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        });
        builder.Append(' ').Append(RuleCode).Append(": ").Append(GetMessage(language));
        if (Suggestion is not null)
        {
            builder.Append(language == MessageLanguage.French ? " Suggestion : " : " Suggestion: ").Append(Suggestion);
        }

        return builder.ToString();
    }

    /// <summary>Formats the issue on one line, with the English message.</summary>
    /// <returns>The formatted issue.</returns>
    public override string ToString() => ToString(MessageLanguage.English);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleCodePattern();
}

using System.Globalization;
using System.Text;

namespace Inclusion.Sdk.Reporting;

/// <summary>
/// A rule of the catalogue: its stable code, its default severity and its message templates in English and French.
/// Every <see cref="ValidationIssue"/> the library produces comes from one of these (the whole list is
/// <c>Inclusion.Sdk.Files.RuleCatalogue</c>, rendered in <c>docs/rules.md</c>).
/// </summary>
/// <remarks>
/// Templates use composite formatting: <c>{0}</c> is the offending value, further arguments follow. Both languages are
/// formatted with the invariant culture, so that messages never depend on the ICU data of the host (a Native AOT app
/// with invariant globalisation has no fr-FR culture): callers pass numbers already formatted when French digits matter.
/// Rules are defined by the library only; an application reads them (to translate, to document, to filter by code).
/// </remarks>
public sealed class RuleDefinition
{
    private readonly CompositeFormat en;
    private readonly CompositeFormat fr;

    internal RuleDefinition(string code, Severity severity, string messageEn, string messageFr)
    {
        Code = code;
        Severity = severity;
        MessageEnTemplate = messageEn;
        MessageFrTemplate = messageFr;
        en = CompositeFormat.Parse(messageEn);
        fr = CompositeFormat.Parse(messageFr);
    }

    /// <summary>The stable, lower-case dotted code, such as <c>siret.checksum</c> or <c>file.header.missing</c>.</summary>
    public string Code { get; }

    /// <summary>The severity of the issues of this rule, unless the producer documents another one for a case.</summary>
    public Severity Severity { get; }

    /// <summary>The English message template (<c>{0}</c> is the offending value).</summary>
    public string MessageEnTemplate { get; }

    /// <summary>The French message template (<c>{0}</c> is the offending value).</summary>
    public string MessageFrTemplate { get; }

    /// <summary>The code.</summary>
    /// <returns>The code of the rule.</returns>
    public override string ToString() => Code;

    /// <summary>The English message of this rule for <paramref name="value"/>: the text of a constructor guard that
    /// enforces the same rule, so that a rule is defined once for the file validators and the domain guards.</summary>
    internal string MessageFor(string? value, params object?[] extra) => Issue(value, extra: extra).MessageEn;

    /// <summary>Creates an issue of this rule for <paramref name="value"/>.</summary>
    internal ValidationIssue Issue(
        string? value,
        string? suggestion = null,
        IReadOnlyList<string>? allowedValues = null,
        IssueLocation? location = null,
        Severity? severity = null,
        params object?[] extra)
    {
        var args = new object?[extra.Length + 1];
        args[0] = value;
        extra.CopyTo(args, 1);
        return new ValidationIssue(this, severity ?? Severity, args, value, location, allowedValues, suggestion);
    }

    /// <summary>The English message for the template's arguments (<c>{0}</c> first).</summary>
    internal string FormatEn(object?[] arguments) => string.Format(CultureInfo.InvariantCulture, en, arguments);

    /// <summary>The French message for the template's arguments (<c>{0}</c> first).</summary>
    internal string FormatFr(object?[] arguments) => string.Format(CultureInfo.InvariantCulture, fr, arguments);
}

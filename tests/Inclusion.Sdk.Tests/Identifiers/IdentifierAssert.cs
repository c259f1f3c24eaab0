using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Tests.Identifiers;

/// <summary>Shared assertions for identifier types.</summary>
internal static class IdentifierAssert
{
    /// <summary>Asserts that <paramref name="text"/> parses without warnings to a value whose text is <paramref name="expected"/>.</summary>
    internal static T Valid<T>(string text, string? expected = null)
        where T : struct, IIdentifier<T>
    {
        var result = T.Parse(text);
        Assert.True(result.Success, $"'{text}' should parse: {result}");
        Assert.Empty(result.Warnings);
        Assert.Equal(expected ?? text, result.Value.ToString());
        Assert.True(T.TryParse(text, out var tried));
        Assert.Equal(result.Value, tried);
        return result.Value;
    }

    /// <summary>Asserts that <paramref name="text"/> is rejected with <paramref name="ruleCode"/> as an error.</summary>
    internal static ValidationIssue Invalid<T>(string text, string ruleCode, string? suggestion = null)
        where T : struct, IIdentifier<T>
    {
        var result = T.Parse(text);
        Assert.False(result.Success, $"'{text}' should be rejected, got {result}");
        var error = result.Error!;
        Assert.Equal(ruleCode, error.RuleCode);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(text, error.Value);
        Assert.Equal(suggestion, error.Suggestion);
        Assert.False(string.IsNullOrWhiteSpace(error.MessageEn));
        Assert.False(string.IsNullOrWhiteSpace(error.MessageFr));
        Assert.False(T.TryParse(text, out var tried));
        Assert.Equal(default, tried);
        Assert.Throws<FormatException>(() => result.Value);
        return error;
    }

    /// <summary>Asserts that <paramref name="text"/> is accepted as <paramref name="expected"/> with one warning of <paramref name="ruleCode"/>.</summary>
    internal static ValidationIssue Warned<T>(string text, string expected, string ruleCode, string? suggestion = null)
        where T : struct, IIdentifier<T>
    {
        var result = T.Parse(text);
        Assert.True(result.Success, $"'{text}' should parse: {result}");
        Assert.Equal(expected, result.Value.ToString());
        var warning = Assert.Single(result.Warnings, w => w.RuleCode == ruleCode);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(text, warning.Value);
        Assert.Equal(suggestion, warning.Suggestion);
        Assert.True(T.TryParse(text, out var tried));
        Assert.Equal(result.Value, tried);
        return warning;
    }
}

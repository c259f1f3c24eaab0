using System.Text;
using FluentValidation;
using FluentValidation.Results;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Files;

/// <summary>
/// The bridge between the SDK's rule catalogue (<see cref="RuleDefinition"/>: code, severity, English and French
/// messages, defined once in the domain area's <c>*Rules</c> class) and FluentValidation, which validates the data
/// transfer objects of a document before they become domain values. A failure carries the rule code
/// (<see cref="ValidationFailure.ErrorCode"/>), its severity and, as custom state, the arguments of the rule's messages;
/// <see cref="Report"/> turns the failures into located <see cref="ValidationIssue"/> values (JSON path, line, column).
/// FluentValidation types never appear in a public signature.
/// </summary>
internal static class DocumentRules
{
    /// <summary>Gives a built-in FluentValidation check the code, severity and messages of one of our rules.</summary>
    internal static IRuleBuilderOptions<T, TProperty> Is<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> builder,
        RuleDefinition rule,
        Func<T, TProperty, RuleArguments>? arguments = null) =>
        builder
            .WithErrorCode(rule.Code)
            .WithSeverity(ToFluent(rule.Severity))
            .WithState((dto, value) => State(rule, arguments, dto, value))
            .WithMessage((dto, value) => State(rule, arguments, dto, value).ToIssue(null).MessageEn);

    /// <summary>Adds a failure of <paramref name="rule"/> at <paramref name="path"/>: a JSON path (<c>$.axes[2]</c>) is
    /// absolute, any other path is relative to the object being validated (<c>Target.Value</c>).</summary>
    internal static void Fail<T>(this ValidationContext<T> context, RuleDefinition rule, string path, RuleArguments arguments)
    {
        var state = new RuleState(rule, arguments);
        var message = state.ToIssue(null).MessageEn;
        if (path.StartsWith('$'))
        {
            context.AddFailure(new ValidationFailure(path, message) { ErrorCode = rule.Code, Severity = ToFluent(rule.Severity), CustomState = state });
        }
        else
        {
            var failure = new ValidationFailure(path, message) { ErrorCode = rule.Code, Severity = ToFluent(rule.Severity), CustomState = state };
            var prefix = context.PropertyPath;
            if (!string.IsNullOrEmpty(prefix))
            {
                failure.PropertyName = path.Length == 0 ? prefix : prefix + "." + path;
            }

            context.AddFailure(failure);
        }
    }

    /// <summary>Adds the failures of <paramref name="result"/> to <paramref name="issues"/>, located by JSON path and line.</summary>
    /// <param name="result">The validation result.</param>
    /// <param name="fallback">The rule of a failure without our state (a built-in check left without <see cref="Is{T, TProperty}"/>).</param>
    /// <param name="index">The path index of the document.</param>
    /// <param name="source">The source name.</param>
    /// <param name="issues">The sink.</param>
    /// <param name="row">The row (line of a JSON Lines file) to use instead of the index's line.</param>
    internal static void Report(ValidationResult result, RuleDefinition fallback, JsonLineIndex index, string? source, IIssueSink issues, long? row = null)
    {
        foreach (var failure in result.Errors)
        {
            var path = JsonPath(failure.PropertyName);
            var (line, column) = index.Find(path);
            var location = new IssueLocation(source, row ?? line, row is null ? column : null, path);
            issues.Add(failure.CustomState is RuleState state
                ? state.ToIssue(location)
                : fallback.Issue(failure.ErrorMessage, location: location));
        }
    }

    /// <summary>The JSON path of a FluentValidation property path: <c>Objectives[0].Target.Value</c> gives
    /// <c>$.objectives[0].target.value</c> (camelCase, as the source-generated context names members).</summary>
    internal static string JsonPath(string propertyPath)
    {
        if (propertyPath.StartsWith('$'))
        {
            return propertyPath;
        }

        var builder = new StringBuilder("$");
        foreach (var segment in propertyPath.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append('.').Append(char.ToLowerInvariant(segment[0])).Append(segment, 1, segment.Length - 1);
        }

        return builder.ToString();
    }

    private static RuleState State<T, TProperty>(RuleDefinition rule, Func<T, TProperty, RuleArguments>? arguments, T dto, TProperty value) =>
        new(rule, arguments?.Invoke(dto, value) ?? RuleArguments.Of(Text(value)));

    private static FluentValidation.Severity ToFluent(Reporting.Severity severity) => severity switch
    {
        Reporting.Severity.Error => FluentValidation.Severity.Error,
        Reporting.Severity.Warning => FluentValidation.Severity.Warning,
        _ => FluentValidation.Severity.Info,
    };

    private static string? Text(object? value) => value switch
    {
        null => null,
        decimal d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

/// <summary>The arguments of a rule's messages: the offending value, a suggestion, the allowed values, further arguments.</summary>
internal sealed record RuleArguments(string? Value, string? Suggestion = null, IReadOnlyList<string>? Allowed = null, object?[]? Extra = null)
{
    internal static RuleArguments Of(string? value, params object?[] extra) => new(value, Extra: extra);
}

/// <summary>The custom state of a FluentValidation failure: our rule and its arguments.</summary>
internal sealed record RuleState(RuleDefinition Rule, RuleArguments Arguments)
{
    internal ValidationIssue ToIssue(IssueLocation? location) =>
        Rule.Issue(Arguments.Value, Arguments.Suggestion, Arguments.Allowed, location, extra: Arguments.Extra ?? []);
}

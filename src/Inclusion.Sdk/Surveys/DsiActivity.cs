namespace Inclusion.Sdk.Surveys;

/// <summary>
/// One activity of the DSI 2.0 catalogue: its area, the ICT-survey variables that record it (any of them answered
/// with one of the "yes" values means the activity was done) and a label.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class DsiActivity
{
    internal DsiActivity(DsiArea area, string code, string[] variables, string[] yesValues, string label)
    {
        Area = area;
        Code = code;
        Variables = variables;
        YesValues = yesValues;
        YesCodes = [.. yesValues.Select(v => SurveyAnswer.TryParse(v, out var code) ? code : int.MinValue)];
        Label = label;
    }

    /// <summary>The area the activity counts in.</summary>
    public DsiArea Area { get; }

    /// <summary>A short identifier, for example <c>online-purchases</c>.</summary>
    public string Code { get; }

    /// <summary>The survey variables (CSV columns) recording the activity, for example <c>IUOLC</c> and <c>IUOLM</c>.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>The answers meaning "done", in canonical form: for example <c>1</c>, or <c>1</c> and <c>2</c> for
    /// <c>IBUY</c>. Answers are compared as integers, so <c>01</c> or <c>+1</c> in a file counts as <c>1</c>.</summary>
    public IReadOnlyList<string> YesValues { get; }

    /// <summary>The "yes" codes as integers (what the survey reader compares answers with).</summary>
    internal int[] YesCodes { get; }

    /// <summary>The English label.</summary>
    public string Label { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{DsiLevels.CodeOf(Area)} {Code} ({string.Join('|', Variables)})";
}

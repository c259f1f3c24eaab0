namespace Inclusion.Sdk.Skills;

/// <summary>The change of level in one competence between two assessments.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CompetenceProgress
{
    internal CompetenceProgress(string competenceCode, int before, int after)
    {
        CompetenceCode = competenceCode;
        Before = before;
        After = after;
    }

    /// <summary>The DigComp competence code.</summary>
    public string CompetenceCode { get; }

    /// <summary>The level at the earlier assessment.</summary>
    public int Before { get; }

    /// <summary>The level at the later assessment.</summary>
    public int After { get; }

    /// <summary><see cref="After"/> − <see cref="Before"/> (negative for a regression).</summary>
    public int Gain => After - Before;
}

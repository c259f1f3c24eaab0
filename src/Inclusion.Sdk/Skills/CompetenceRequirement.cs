namespace Inclusion.Sdk.Skills;

/// <summary>A minimum level required in one DigComp competence by a <see cref="BaselineProfile"/>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CompetenceRequirement
{
    internal CompetenceRequirement(Competence competence, int minimumLevel, string label)
    {
        Competence = competence;
        MinimumLevel = minimumLevel;
        Label = label;
    }

    /// <summary>The DigComp 2.2 competence.</summary>
    public Competence Competence { get; }

    /// <summary>The minimum level, 1 to 8.</summary>
    public int MinimumLevel { get; }

    /// <summary>What the requirement stands for, for example « Gestion des mots de passe ».</summary>
    public string Label { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Competence.Code} ≥ {MinimumLevel} ({Label})";
}

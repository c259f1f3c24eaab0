namespace Inclusion.Sdk.Skills;

/// <summary>The Pix score of one competence: capped pix, level and pix ahead toward the next level.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public readonly struct PixCompetenceScore : IEquatable<PixCompetenceScore>
{
    internal PixCompetenceScore(int pix, int level)
    {
        Pix = pix;
        Level = level;
    }

    /// <summary>The competence pix: floor of the earned pix, capped at the maximum reachable level × 8.</summary>
    public int Pix { get; }

    /// <summary>The level: floor of the (unfloored, uncapped) earned pix ÷ 8, capped at the maximum reachable level.</summary>
    public int Level { get; }

    /// <summary>Pix beyond the current level: <see cref="Pix"/> mod 8.</summary>
    public int PixAheadForNextLevel => Pix % PixScoring.PixPerLevel;

    /// <inheritdoc/>
    public bool Equals(PixCompetenceScore other) => Pix == other.Pix && Level == other.Level;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PixCompetenceScore other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Pix, Level);

    /// <inheritdoc/>
    public override string ToString() => $"{Pix} pix, level {Level}";

    /// <summary>Equality.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PixCompetenceScore left, PixCompetenceScore right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PixCompetenceScore left, PixCompetenceScore right) => !left.Equals(right);
}

namespace Inclusion.Sdk.Strategy;

/// <summary>Whether an axis is covered by objectives and actions (its own and its sub-axes').</summary>
/// <remarks>Plain immutable data.</remarks>
public sealed class AxisCoverage
{
    internal AxisCoverage(StrategyAxis axis, bool isRetained, int objectiveCount, int actionCount)
    {
        Code = axis.Code;
        Name = axis.Name;
        IsBuiltIn = axis.IsBuiltIn;
        IsRetained = isRetained;
        ObjectiveCount = objectiveCount;
        ActionCount = actionCount;
    }

    /// <summary>The axis code.</summary>
    public string Code { get; }

    /// <summary>The axis name.</summary>
    public string Name { get; }

    /// <summary>Whether the axis is one of the seed's built-in axes.</summary>
    public bool IsBuiltIn { get; }

    /// <summary>Whether the strategy retains the axis (a built-in top-level axis it leaves aside is listed with
    /// <see langword="false"/>).</summary>
    public bool IsRetained { get; }

    /// <summary>The number of objectives on the axis or its sub-axes.</summary>
    public int ObjectiveCount { get; }

    /// <summary>The number of actions on the axis or its sub-axes.</summary>
    public int ActionCount { get; }

    /// <summary>Whether the axis has at least one objective and one action.</summary>
    public bool IsCovered => ObjectiveCount > 0 && ActionCount > 0;
}

namespace Inclusion.Sdk.Strategy;

/// <summary>The budget of one action: declared budget, amounts by stage, and co-financing by source.</summary>
/// <remarks>Plain immutable data.</remarks>
public sealed class ActionFunding
{
    internal ActionFunding(PlanAction action, FundingTotals totals, IReadOnlyList<SourceFunding> sources)
    {
        Id = action.Id;
        Title = action.Title;
        AxisCode = action.Axis.Code;
        LeadId = action.Lead.Id;
        Budget = action.Budget;
        Totals = totals;
        Sources = sources;
    }

    /// <summary>The action identifier.</summary>
    public string Id { get; }

    /// <summary>The action title.</summary>
    public string Title { get; }

    /// <summary>The axis code.</summary>
    public string AxisCode { get; }

    /// <summary>The lead actor's identifier.</summary>
    public string LeadId { get; }

    /// <summary>The declared budget.</summary>
    public Money Budget { get; }

    /// <summary>The amounts of the funding lines.</summary>
    public FundingTotals Totals { get; }

    /// <summary>Whether the planned funding equals the declared budget.</summary>
    public bool IsBalanced => Totals.Planned == Budget;

    /// <summary>The funding by source present in the action, in the order of <see cref="FundingSource"/>.</summary>
    public IReadOnlyList<SourceFunding> Sources { get; }
}

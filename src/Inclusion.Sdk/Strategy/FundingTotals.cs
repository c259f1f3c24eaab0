namespace Inclusion.Sdk.Strategy;

/// <summary>Amounts planned, committed and spent, with the consumption rates.</summary>
/// <remarks>Rates are <see cref="Percentages.Share(decimal, decimal)"/> of the planned amount (3 decimals, half up,
/// 0 when nothing is planned); they exceed 100 when a line is over-committed or over-spent. Plain immutable data.</remarks>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class FundingTotals : Reporting.IHtmlRenderable
{
    internal FundingTotals(Money planned, Money committed, Money spent)
    {
        Planned = planned;
        Committed = committed;
        Spent = spent;
        CommittedPercent = Percentages.Share(committed.Amount, planned.Amount);
        SpentPercent = Percentages.Share(spent.Amount, planned.Amount);
    }

    /// <summary>The amount planned.</summary>
    public Money Planned { get; }

    /// <summary>The amount committed.</summary>
    public Money Committed { get; }

    /// <summary>The amount spent.</summary>
    public Money Spent { get; }

    /// <summary>Committed as a percentage of planned.</summary>
    public decimal CommittedPercent { get; }

    /// <summary>Spent as a percentage of planned.</summary>
    public decimal SpentPercent { get; }
}

namespace Inclusion.Sdk.Indicators;

/// <summary>One row of a published IFN v3 export (<c>name,division,code,no_thd_coverage_rate,no_4g_coverage_rate,
/// poverty_rate,older_65_rate,nscol15p_rate,total</c>): the criterion columns hold 1–10 <b>scores</b>, not rates.
/// 0.0 and empty cells are read as missing.</summary>
public sealed class IfnExportRow
{
    private readonly double?[] scores;

    internal IfnExportRow(string name, string division, string code, double?[] scores, double? publishedTotal, bool isNoData)
    {
        Name = name;
        Division = division;
        Code = code;
        this.scores = scores;
        PublishedTotal = publishedTotal;
        IsNoData = isNoData;
        RecomputedTotal = scores.All(s => s is not null) ? (scores[0]!.Value + scores[1]!.Value + scores[2]!.Value + scores[3]!.Value + scores[4]!.Value) / 5 : null;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The division (level) as published, for example <c>city</c> or <c>epci</c>.</summary>
    public string Division { get; }

    /// <summary>The territory code.</summary>
    public string Code { get; }

    /// <summary>The five criterion scores (THD, 4G, poverty, 65+, non-graduates), null where missing.</summary>
    public IReadOnlyList<double?> Scores => scores;

    /// <summary>The published total, null when empty or the 0.0 sentinel.</summary>
    public double? PublishedTotal { get; }

    /// <summary>The unweighted mean of the five criteria (summed in the published column order), null when one is missing.</summary>
    public double? RecomputedTotal { get; }

    /// <summary>Whether the row is the published "no data" sentinel (every criterion 0.0).</summary>
    public bool IsNoData { get; }

    /// <summary>Whether the published total equals the recomputed one (both missing counts as equal).</summary>
    public bool TotalMatches => PublishedTotal == RecomputedTotal;
}

using System.Globalization;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Statistics;
using Inclusion.Sdk.Surveys;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Renders a <see cref="DsiEstimate"/> for people: the distribution of levels with Wilson and Clopper–Pearson
/// intervals, the breakdown (suppressed groups said so, never shown), and the comparison with the reference figures,
/// in English or French. The CLI's <c>skills dsi</c> prints exactly this; JSON is
/// <see cref="InclusionJson.SerializeDsiEstimate"/>.
/// </summary>
/// <remarks>Estimates are invariant-culture percentages with one decimal; a reference figure, and the difference with
/// it, are printed with the decimals its source published (<see cref="ReferenceFigure.Decimals"/>: "54 %", not
/// "54.0 %"). This class is stateless and thread-safe.</remarks>
public static class DsiEstimateWriter
{
    /// <summary>Writes the estimate as text.</summary>
    /// <param name="estimate">The estimate.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="source">The name of the survey file for the title, or null.</param>
    /// <param name="weightColumn">The weight column used, or null for unweighted data.</param>
    /// <param name="language">The language of labels.</param>
    /// <exception cref="ArgumentNullException"><paramref name="estimate"/> or <paramref name="writer"/> is null.</exception>
    public static void WriteText(DsiEstimate estimate, TextWriter writer, string? source = null, string? weightColumn = null, MessageLanguage language = MessageLanguage.English)
    {
        Preconditions.CheckNotNull(estimate);
        Preconditions.CheckNotNull(writer);
        var fr = language == MessageLanguage.French;
        var inv = CultureInfo.InvariantCulture;
        var weights = weightColumn is null
            ? (fr ? "non pondéré" : "unweighted")
            : (fr ? $"poids « {weightColumn} » (somme {estimate.WeightTotal.ToString("0.###", inv)})" : $"weights '{weightColumn}' (sum {estimate.WeightTotal.ToString("0.###", inv)})");
        var title = source is null ? "DSI 2.0" : $"DSI 2.0 — {source}";
        writer.WriteLine(fr
            ? $"{title} : {estimate.SampleCount} répondants, {weights}, n effectif {estimate.EffectiveSampleSize.ToString("0.0", inv)} ; intervalles à {(estimate.Confidence * 100).ToString("0.##", inv)} %, en %."
            : $"{title}: {estimate.SampleCount} respondents, {weights}, effective n {estimate.EffectiveSampleSize.ToString("0.0", inv)}; {(estimate.Confidence * 100).ToString("0.##", inv)} % intervals, in %.");
        writer.WriteLine(fr
            ? $"Catalogue : {estimate.Catalogue} (à confirmer avec l'annexe d'Eurostat)."
            : $"Catalogue: {estimate.Catalogue} (to be confirmed against Eurostat's annex).");
        writer.WriteLine();
        writer.WriteLine($"{(fr ? "niveau" : "level"),-28} {"code",-11} {"n",6} {(fr ? "part" : "share"),6}  {"Wilson",-14} Clopper-Pearson");
        foreach (var share in estimate.Levels)
        {
            Row(writer, fr ? FrenchLabel(share.Level) : DsiLevels.LabelOf(share.Level), share.Code, share.Proportion);
        }

        Row(writer, fr ? "au moins basique" : "at least basic", DsiLevels.AtLeastBasicCode, estimate.AtLeastBasic);
        Row(writer, "illectronisme (INSEE 2021)", "NA + X", estimate.Illectronisme);

        if (estimate.Groups.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine(fr ? $"Au moins basique par {estimate.Groups[0].Column} :" : $"At least basic by {estimate.Groups[0].Column}:");
            foreach (var group in estimate.Groups)
            {
                var name = group.Value.Length == 0 ? (fr ? "(vide)" : "(empty)") : group.Value;
                if (group.Estimate is null)
                {
                    var why = group.Status == CellStatus.Secondary
                        ? (fr ? "masqué (protège un petit groupe)" : "suppressed (protects a small group)")
                        : (fr ? "masqué (petit groupe)" : "suppressed (small group)");
                    writer.WriteLine($"  {name,-26} {group.SampleCount,6}  {why}");
                }
                else
                {
                    var p = group.Estimate.AtLeastBasic;
                    writer.WriteLine($"  {name,-26} {group.SampleCount,6} {Pct(p.Estimate),6}  {Interval(p.Wilson),-14} {Interval(p.ClopperPearson)}");
                }
            }
        }

        writer.WriteLine();
        writer.WriteLine(fr ? "Comparaison avec les chiffres de référence :" : "Comparison with reference figures:");
        foreach (var comparison in estimate.Comparisons)
        {
            var f = comparison.Figure;
            var label = $"{f.Indicator} {f.Geo} {f.Year}{(f.IsTarget ? (fr ? " cible" : " target") : string.Empty)}";
            var verdict = comparison.WithinInterval
                ? (fr ? "dans l'intervalle" : "within the interval")
                : (fr ? "hors de l'intervalle" : "outside the interval");
            var difference = Math.Round(comparison.DifferencePoints, f.Decimals, MidpointRounding.AwayFromZero);
            var places = f.Decimals == 0 ? "0" : "0." + new string('0', f.Decimals);
            writer.WriteLine($"  {label,-36} {f.PercentText,6} %  {(fr ? "estimation" : "estimate")} {comparison.EstimatePercent.ToString("0.0", inv),5} %  {difference.ToString($"+{places};-{places};{places}", inv),6} pts  {verdict}  ({f.Source})");
        }
    }

    private static string Pct(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Interval(ConfidenceInterval interval) => $"[{Pct(interval.Lower)}, {Pct(interval.Upper)}]";

    private static void Row(TextWriter writer, string label, string code, WeightedProportion p) =>
        writer.WriteLine($"{label,-28} {code,-11} {p.SuccessCount,6} {Pct(p.Estimate),6}  {Interval(p.Wilson),-14} {Interval(p.ClopperPearson)}");

    private static string FrenchLabel(DsiOverallLevel level) => level switch
    {
        DsiOverallLevel.NotAssessed => "non évaluable",
        DsiOverallLevel.NoSkills => "aucune compétence",
        DsiOverallLevel.Limited => "limité",
        DsiOverallLevel.Narrow => "restreint",
        DsiOverallLevel.Low => "faible",
        DsiOverallLevel.Basic => "basique",
        _ => "plus que basique",
    };
}

using System.Globalization;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Surveys;

/// <summary>
/// The national and European reference figures shipped with the SDK (<c>Resources/surveys/reference-figures.csv</c>),
/// each with its primary source and published precision: DSI 2.0 "at least basic" for France and the EU (2021, 2023;
/// Eurostat table <c>isoc_sk_dskl_i21</c>), the 2030 target of 80 %, and INSEE's illectronisme 2019 (17 %, Insee
/// Première n° 1780) and 2021 (15.4 % = 13.9 % + 1.5 %, Insee Première n° 1953).
/// </summary>
/// <remarks>This class is thread-safe.</remarks>
public static class ReferenceFigures
{
    private static readonly Lazy<IReadOnlyList<ReferenceFigure>> Figures = new(Load);

    /// <summary>Every figure, in file order.</summary>
    public static IReadOnlyList<ReferenceFigure> All => Figures.Value;

    /// <summary>The figures of one indicator.</summary>
    /// <param name="indicator">For example <c>I_DSK2_BAB</c>.</param>
    /// <returns>The figures, possibly none.</returns>
    public static IReadOnlyList<ReferenceFigure> Of(string indicator) =>
        [.. All.Where(f => string.Equals(f.Indicator, indicator, StringComparison.OrdinalIgnoreCase))];

    /// <summary>One figure, or null.</summary>
    /// <param name="indicator">The indicator code.</param>
    /// <param name="geo"><c>FR</c> or <c>EU27</c>.</param>
    /// <param name="year">The year.</param>
    /// <returns>The figure, or null when none is shipped.</returns>
    public static ReferenceFigure? Find(string indicator, string geo, int year) =>
        All.FirstOrDefault(f => string.Equals(f.Indicator, indicator, StringComparison.OrdinalIgnoreCase)
            && string.Equals(f.Geo, geo, StringComparison.OrdinalIgnoreCase) && f.Year == year);

    private static ReferenceFigure[] Load()
    {
        var table = EmbeddedCsv.Read("surveys/reference-figures.csv");
        int indicator = table.IndexOf("indicator"), geo = table.IndexOf("geo"), year = table.IndexOf("year"), percent = table.IndexOf("percent");
        int decimals = table.IndexOf("decimals"), kind = table.IndexOf("kind"), source = table.IndexOf("source"), readFrom = table.IndexOf("read_from"), note = table.IndexOf("note");
        return [.. table.Rows.Select(row =>
        {
            var value = decimal.Parse(row[percent], CultureInfo.InvariantCulture);
            var places = int.Parse(row[decimals], CultureInfo.InvariantCulture);
            if (value != Math.Round(value, places))
            {
                throw new InvalidOperationException($"Reference figure {row[indicator]} {row[geo]} {row[year]} has more digits than its source's {places} decimals (a packaging error).");
            }

            return new ReferenceFigure(row[indicator], row[geo], int.Parse(row[year], CultureInfo.InvariantCulture), value, places, row[kind] == "target", row[source], row[readFrom], row[note]);
        })];
    }
}

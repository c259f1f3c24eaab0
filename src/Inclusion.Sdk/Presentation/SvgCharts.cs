using System.Text;

namespace Inclusion.Sdk.Presentation;

/// <summary>One bar: a label, a value in percent (null when suppressed) and its confidence interval.</summary>
internal readonly record struct BarDatum(string Label, double? Value, double? Lower = null, double? Upper = null);

/// <summary>One series of a line chart: its name and one value per category (null when suppressed or missing).</summary>
internal sealed record LineSeries(string Name, IReadOnlyList<long?> Values);

/// <summary>One row of a 100 % stacked bar: a label and the share of each segment in percent (null when suppressed).</summary>
internal sealed record StackedRow(string Label, IReadOnlyList<double?> Shares);

/// <summary>One tile of a status board: an identifier, a label, the index of its status (colour and symbol) and the
/// status text.</summary>
internal readonly record struct StatusTile(string Id, string Label, int Status, string StatusText);

/// <summary>
/// Charts drawn by the SDK as inline SVG, with no dependency and no script: every chart has <c>role="img"</c>, a
/// <c>&lt;title&gt;</c> and a <c>&lt;desc&gt;</c> giving its values as text, axis labels with units, the Okabe–Ito
/// colour-blind-safe palette, and comes with a data table (the accessible source of truth) written by the caller.
/// Coordinates and values are written with the invariant culture; suppressed values are neither drawn nor described.
/// </summary>
internal static class SvgCharts
{
    /// <summary>The Okabe–Ito palette (Okabe and Ito 2008, "Color Universal Design"), black left out.</summary>
    internal static readonly string[] Palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"];

    private const double Width = 640;

    /// <summary>Horizontal bars in percent (0–100) with confidence-interval whiskers.</summary>
    internal static void Bars(HtmlWriter w, HtmlOptions o, string title, string axisLabel, IReadOnlyList<BarDatum> bars) =>
        Bars(w, title, axisLabel, bars, 100, HtmlText.Percent, 0);

    /// <summary>Horizontal bars of values on a scale from 0 to a round maximum above the largest value (scores, rates,
    /// counts of things), written with <paramref name="decimals"/> decimals.</summary>
    internal static void ValueBars(HtmlWriter w, string title, string axisLabel, IReadOnlyList<BarDatum> bars, int decimals) =>
        Bars(w, title, axisLabel, bars, RoundMaximum(bars.Max(b => b.Upper ?? b.Value ?? 0)), v => HtmlText.Number(v, decimals), decimals);

    /// <summary>At most this many bars in a chart of a long list (the largest values; the chart's title says so).</summary>
    internal const int MaxBars = 30;

    /// <summary>The title of a chart of the <see cref="MaxBars"/> largest of <paramref name="total"/> values, or
    /// <paramref name="title"/> when all are shown.</summary>
    internal static string TopTitle(HtmlOptions o, string title, int total) => total <= MaxBars
        ? title
        : title + o.T($" — the {HtmlText.Count(MaxBars)} largest of {HtmlText.Count(total)} (every value is in the table)",
            $" — les {HtmlText.Count(MaxBars)} plus élevés sur {HtmlText.Count(total)} (toutes les valeurs sont dans le tableau)");

    /// <summary>The smallest of 1, 2, 2.5, 5 × 10^k at or above <paramref name="value"/> (1 for zero or less).</summary>
    internal static double RoundMaximum(double value)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (step * power >= value)
            {
                return step * power;
            }
        }

        return 10 * power;
    }

    private static void Bars(HtmlWriter w, string title, string axisLabel, IReadOnlyList<BarDatum> bars, double scale, Func<double, string> format, int tickDecimals)
    {
        const double left = 190, right = 30, top = 10, rowHeight = 26, plot = Width - left - right;
        var height = top + (bars.Count * rowHeight) + 50;
        var desc = new StringBuilder();
        foreach (var b in bars)
        {
            desc.Append(b.Label).Append(": ").Append(b.Value is { } v ? format(v) : HtmlCell.SuppressionMark);
            if (b.Value is not null && b.Lower is { } lo && b.Upper is { } hi)
            {
                desc.Append(" [").Append(HtmlText.Number(lo, 1)).Append(" – ").Append(HtmlText.Number(hi, 1)).Append(']');
            }

            desc.Append("; ");
        }

        Start(w, title, desc.ToString().TrimEnd(' ', ';'), height);
        for (var k = 0; k <= 4; k++)
        {
            var x = left + (plot * k / 4);
            w.Empty("line", ("x1", C(x)), ("y1", C(top)), ("x2", C(x)), ("y2", C(height - 40)), ("class", "grid"));
            w.Element("text", HtmlText.Number(scale * k / 4, scale >= 4 ? tickDecimals : Math.Max(tickDecimals, 2)), ("x", C(x)), ("y", C(height - 26)), ("text-anchor", "middle"), ("class", "tick"));
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var y = top + (i * rowHeight);
            w.Element("text", b.Label, ("x", C(left - 6)), ("y", C(y + 16)), ("text-anchor", "end"), ("class", "label"));
            if (b.Value is not { } value)
            {
                w.Element("text", HtmlCell.SuppressionMark, ("x", C(left + 4)), ("y", C(y + 16)), ("class", "suppressed"));
                continue;
            }

            w.Empty("rect", ("x", C(left)), ("y", C(y + 4)), ("width", C(plot * Fraction(value, scale))), ("height", C(rowHeight - 8)), ("fill", Palette[0]));
            if (b.Lower is { } lower && b.Upper is { } upper)
            {
                double x1 = left + (plot * Fraction(lower, scale)), x2 = left + (plot * Fraction(upper, scale)), ym = y + (rowHeight / 2);
                w.Empty("line", ("x1", C(x1)), ("y1", C(ym)), ("x2", C(x2)), ("y2", C(ym)), ("class", "whisker"));
                w.Empty("line", ("x1", C(x1)), ("y1", C(ym - 6)), ("x2", C(x1)), ("y2", C(ym + 6)), ("class", "whisker"));
                w.Empty("line", ("x1", C(x2)), ("y1", C(ym - 6)), ("x2", C(x2)), ("y2", C(ym + 6)), ("class", "whisker"));
            }
        }

        w.Element("text", axisLabel, ("x", C(left + (plot / 2))), ("y", C(height - 6)), ("text-anchor", "middle"), ("class", "axis-label"));
        w.Close();
    }

    /// <summary>Monthly (or any ordered category) lines; a suppressed point breaks its line.</summary>
    internal static void Lines(HtmlWriter w, HtmlOptions o, string title, string xLabel, string yLabel, IReadOnlyList<string> categories, IReadOnlyList<LineSeries> series)
    {
        const double left = 60, right = 40, top = 10, height = 300, bottom = 70, plot = Width - left - right, plotHeight = height - top - bottom;
        var max = Math.Max(1, series.SelectMany(s => s.Values).Max(v => v ?? 0));
        var step = NiceStep(max);
        var ceiling = Math.Ceiling((double)max / step) * step;
        var desc = new StringBuilder();
        foreach (var s in series)
        {
            desc.Append(s.Name).Append(": ");
            desc.AppendJoin(", ", categories.Select((c, i) => c + " " + (s.Values[i] is { } v ? HtmlText.Count(v) : HtmlCell.SuppressionMark)));
            desc.Append(". ");
        }

        Start(w, title, desc.ToString().TrimEnd(), height + (series.Count * 18));
        double X(int i) => left + (categories.Count == 1 ? plot / 2 : plot * i / (categories.Count - 1));
        double Y(double v) => top + plotHeight - (plotHeight * v / ceiling);
        for (var t = 0.0; t <= ceiling; t += step)
        {
            w.Empty("line", ("x1", C(left)), ("y1", C(Y(t))), ("x2", C(left + plot)), ("y2", C(Y(t))), ("class", "grid"));
            w.Element("text", HtmlText.Number(t, 0), ("x", C(left - 6)), ("y", C(Y(t) + 4)), ("text-anchor", "end"), ("class", "tick"));
        }

        var every = Math.Max(1, (int)Math.Ceiling(categories.Count / 12.0));
        for (var i = 0; i < categories.Count; i += every)
        {
            w.Element("text", categories[i], ("x", C(X(i))), ("y", C(top + plotHeight + 16)), ("text-anchor", "middle"), ("class", "tick"));
        }

        for (var s = 0; s < series.Count; s++)
        {
            var colour = Palette[s % Palette.Length];
            var points = new StringBuilder();
            void Flush()
            {
                if (points.Length > 0)
                {
                    w.Empty("polyline", ("points", points.ToString().TrimEnd()), ("fill", "none"), ("stroke", colour), ("stroke-width", "2"));
                    points.Clear();
                }
            }

            for (var i = 0; i < categories.Count; i++)
            {
                if (series[s].Values[i] is not { } v)
                {
                    Flush();
                    continue;
                }

                points.Append(C(X(i))).Append(',').Append(C(Y(v))).Append(' ');
                w.Empty("circle", ("cx", C(X(i))), ("cy", C(Y(v))), ("r", "3"), ("fill", colour));
            }

            Flush();
            var ly = height - 10 + (s * 18);
            w.Empty("rect", ("x", C(left)), ("y", C(ly - 10)), ("width", "14"), ("height", "4"), ("fill", colour));
            w.Element("text", series[s].Name, ("x", C(left + 20)), ("y", C(ly - 5)), ("class", "legend"));
        }

        w.Element("text", xLabel, ("x", C(left + (plot / 2))), ("y", C(top + plotHeight + 36)), ("text-anchor", "middle"), ("class", "axis-label"));
        w.Element("text", yLabel, ("x", "14"), ("y", C(top + (plotHeight / 2))), ("text-anchor", "middle"), ("transform", "rotate(-90 14 " + C(top + (plotHeight / 2)) + ")"), ("class", "axis-label"));
        w.Close();
    }

    /// <summary>100 % stacked bars, one per row, with a legend; a row whose shares are suppressed shows the mark.</summary>
    internal static void Stacked(HtmlWriter w, HtmlOptions o, string title, string axisLabel, IReadOnlyList<string> segments, IReadOnlyList<StackedRow> rows)
    {
        const double left = 190, right = 30, top = 10, rowHeight = 30, plot = Width - left - right;
        var height = top + (rows.Count * rowHeight) + 46 + (segments.Count * 18);
        var desc = new StringBuilder();
        foreach (var r in rows)
        {
            desc.Append(r.Label).Append(": ");
            desc.AppendJoin(", ", segments.Select((s, i) => s + " " + (r.Shares[i] is { } v ? HtmlText.Percent(v) : HtmlCell.SuppressionMark)));
            desc.Append(". ");
        }

        Start(w, title, desc.ToString().TrimEnd(), height);
        for (var i = 0; i < rows.Count; i++)
        {
            var y = top + (i * rowHeight);
            w.Element("text", rows[i].Label, ("x", C(left - 6)), ("y", C(y + 19)), ("text-anchor", "end"), ("class", "label"));
            if (rows[i].Shares.Any(s => s is null))
            {
                w.Element("text", HtmlCell.SuppressionMark, ("x", C(left + 4)), ("y", C(y + 19)), ("class", "suppressed"));
                continue;
            }

            var x = left;
            for (var s = 0; s < segments.Count; s++)
            {
                var width = plot * Clamp(rows[i].Shares[s]!.Value) / 100;
                w.Empty("rect", ("x", C(x)), ("y", C(y + 4)), ("width", C(width)), ("height", C(rowHeight - 8)), ("fill", Palette[s % Palette.Length]));
                x += width;
            }
        }

        var axisY = top + (rows.Count * rowHeight);
        for (var t = 0; t <= 100; t += 25)
        {
            w.Element("text", HtmlText.Count(t), ("x", C(left + (plot * t / 100))), ("y", C(axisY + 14)), ("text-anchor", "middle"), ("class", "tick"));
        }

        w.Element("text", axisLabel, ("x", C(left + (plot / 2))), ("y", C(axisY + 32)), ("text-anchor", "middle"), ("class", "axis-label"));
        for (var s = 0; s < segments.Count; s++)
        {
            var ly = axisY + 50 + (s * 18);
            w.Empty("rect", ("x", C(left)), ("y", C(ly - 10)), ("width", "12"), ("height", "12"), ("fill", Palette[s % Palette.Length]));
            w.Element("text", segments[s], ("x", C(left + 18)), ("y", C(ly)), ("class", "legend"));
        }

        w.Close();
    }

    /// <summary>A status board: one tile per item, coloured by status and marked with a symbol (colour is never the
    /// only cue).</summary>
    internal static void StatusBoard(HtmlWriter w, HtmlOptions o, string title, IReadOnlyList<StatusTile> tiles, IReadOnlyList<string> statusNames)
    {
        string[] symbols = ["✓", "!", "✗", "?", "·"];
        string[] colours = ["#009E73", "#E69F00", "#D55E00", "#999999", "#56B4E9"];
        const double tileWidth = 150, tileHeight = 64, gap = 8;
        var perRow = (int)((Width + gap) / (tileWidth + gap));
        var rowsCount = Math.Max(1, (tiles.Count + perRow - 1) / perRow);
        var height = (rowsCount * (tileHeight + gap)) + 30;
        var desc = string.Join("; ", tiles.Select(t => t.Id + " " + t.Label + ": " + t.StatusText));
        Start(w, title, desc, height);
        for (var i = 0; i < tiles.Count; i++)
        {
            var t = tiles[i];
            double x = i % perRow * (tileWidth + gap), y = i / perRow * (tileHeight + gap);
            var status = Math.Clamp(t.Status, 0, colours.Length - 1);
            w.Empty("rect", ("x", C(x)), ("y", C(y)), ("width", C(tileWidth)), ("height", C(tileHeight)), ("rx", "6"), ("fill", colours[status]), ("fill-opacity", "0.25"), ("stroke", colours[status]), ("stroke-width", "2"));
            w.Element("text", symbols[status] + " " + t.Id, ("x", C(x + 8)), ("y", C(y + 20)), ("class", "tile-id"));
            w.Element("text", Shorten(t.Label, 22), ("x", C(x + 8)), ("y", C(y + 38)), ("class", "tile-label"));
            w.Element("text", t.StatusText, ("x", C(x + 8)), ("y", C(y + 55)), ("class", "tile-status"));
        }

        var lx = 0.0;
        for (var s = 0; s < statusNames.Count && s < symbols.Length; s++)
        {
            w.Element("text", symbols[s] + " " + statusNames[s], ("x", C(lx)), ("y", C(height - 8)), ("fill", colours[s]), ("class", "legend"));
            lx += 150;
        }

        w.Close();
    }

    private static void Start(HtmlWriter w, string title, string desc, double height)
    {
        w.Open("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("role", "img"), ("class", "chart"),
            ("viewBox", "0 0 " + C(Width) + " " + C(height)), ("width", C(Width)), ("height", C(height)));
        w.Element("title", title);
        w.Element("desc", desc);
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static double Clamp(double percent) => Math.Clamp(percent, 0, 100);

    private static double Fraction(double value, double scale) => Math.Clamp(value / scale, 0, 1);

    private static string C(double value) => HtmlText.Coordinate(value);

    private static double NiceStep(long max)
    {
        var raw = max / 5.0;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var residual = raw / magnitude;
        var nice = residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1;
        return Math.Max(1, nice * magnitude);
    }
}

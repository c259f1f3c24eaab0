using Inclusion.Sdk.Statistics;

namespace Inclusion.Sdk.Presentation;

/// <summary>One cell of an <see cref="HtmlTable"/>: its text, whether it is numeric (aligned right) and whether it is a
/// suppressed value (written as the suppression mark).</summary>
internal readonly record struct HtmlCell(string Text, bool IsNumber = false, bool IsSuppressed = false)
{
    /// <summary>The mark written in place of a suppressed value (as in the CSV writers: INSEE's "secret").</summary>
    internal const string SuppressionMark = "s";

    /// <summary>A count as published: null is suppressed.</summary>
    internal static HtmlCell Count(long? value) => value is { } v ? new(HtmlText.Count(v), true) : Suppressed;

    /// <summary>A count, suppressed when <paramref name="rule"/> declares it sensitive.</summary>
    internal static HtmlCell Count(long value, DisclosureRule rule) => rule.IsSensitive(value) ? Suppressed : Count(value);

    /// <summary>A percentage; null is suppressed.</summary>
    internal static HtmlCell Percent(decimal? value) => value is { } v ? new(HtmlText.Percent(v), true) : Suppressed;

    /// <summary>A percentage; null is suppressed.</summary>
    internal static HtmlCell Percent(double? value) => value is { } v ? new(HtmlText.Percent(v), true) : Suppressed;

    /// <summary>A number; null is written as an em dash (missing, not suppressed).</summary>
    internal static HtmlCell Number(double? value, int decimals = 2) => new(value is { } v ? HtmlText.Number(v, decimals) : "—", true);

    /// <summary>An integer that is not a count of people (never suppressed).</summary>
    internal static HtmlCell Integer(long value) => new(HtmlText.Count(value), true);

    /// <summary>A number.</summary>
    internal static HtmlCell Number(decimal value, int decimals = 2) => new(HtmlText.Number(value, decimals), true);

    /// <summary>An amount of money (invariant, with its currency code).</summary>
    internal static HtmlCell Money(Money value) => new(value.ToString(), true);

    /// <summary>Text.</summary>
    internal static HtmlCell Of(string? text) => new(text ?? string.Empty);

    /// <summary>The suppressed cell.</summary>
    internal static HtmlCell Suppressed { get; } = new(SuppressionMark, true, true);

    /// <summary>Text cells.</summary>
    public static implicit operator HtmlCell(string? text) => Of(text);
}

/// <summary>
/// An accessible data table: a caption, column headers with <c>scope="col"</c>, a row header per row with
/// <c>scope="row"</c>, numbers aligned right, and a note under the table when a value is suppressed.
/// </summary>
internal sealed class HtmlTable(string caption, params string[] columns)
{
    private readonly List<(HtmlCell Header, HtmlCell[] Cells)> rows = [];

    /// <summary>Whether a cell is suppressed.</summary>
    internal bool HasSuppressed { get; private set; }

    /// <summary>The number of rows.</summary>
    internal int RowCount => rows.Count;

    /// <summary>Adds a row: its header (first column) and the other cells.</summary>
    internal HtmlTable Row(HtmlCell header, params HtmlCell[] cells)
    {
        HasSuppressed |= header.IsSuppressed || cells.Any(c => c.IsSuppressed);
        rows.Add((header, cells));
        return this;
    }

    /// <summary>Writes the table and, when a value is suppressed, the note explaining the mark.</summary>
    internal void Write(HtmlWriter w, HtmlOptions options)
    {
        w.Open("div", ("class", "table-scroll"));
        w.Open("table", ("class", "data"));
        w.Element("caption", caption);
        w.Open("thead").Open("tr");
        foreach (var column in columns)
        {
            w.Element("th", column, ("scope", "col"));
        }

        w.Close().Close();
        w.Open("tbody");
        foreach (var (header, cells) in rows)
        {
            w.Open("tr");
            WriteCell(w, "th", header, ("scope", "row"));
            foreach (var cell in cells)
            {
                WriteCell(w, "td", cell, default);
            }

            w.Close();
        }

        w.Close().Close().Close();
        if (HasSuppressed)
        {
            HtmlSections.SuppressionNote(w, options);
        }
    }

    private static void WriteCell(HtmlWriter w, string tag, HtmlCell cell, (string, string?) scope)
    {
        var css = cell.IsSuppressed ? "num suppressed" : cell.IsNumber ? "num" : null;
        if (scope.Item1 is null)
        {
            w.Element(tag, cell.Text, ("class", css));
        }
        else
        {
            w.Element(tag, cell.Text, scope, ("class", css));
        }
    }
}

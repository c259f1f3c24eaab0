using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Indicators;

/// <summary>A table of territories × raw indicators (with population and parents), the input of
/// <see cref="IndexDefinition.Compute"/>. Read one from CSV or JSON with <c>Inclusion.Sdk.Files.IndicatorTableFile</c>.</summary>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class IndicatorTable : Reporting.IHtmlRenderable
{
    private readonly string[] indicators;
    private readonly IndicatorRow[] rows;

    /// <summary>Creates a table.</summary>
    /// <param name="indicators">The indicator (column) names, distinct.</param>
    /// <param name="rows">The rows, each with one value per indicator; codes distinct.</param>
    /// <exception cref="ArgumentNullException">An argument or row is null.</exception>
    /// <exception cref="ArgumentException">Names or codes repeat, or a row has the wrong number of values.</exception>
    public IndicatorTable(IEnumerable<string> indicators, IEnumerable<IndicatorRow> rows)
    {
        this.indicators = [.. Preconditions.CheckNotNull(indicators)];
        this.rows = [.. Preconditions.CheckNotNull(rows)];
        Preconditions.CheckArgument(this.indicators.Distinct(StringComparer.OrdinalIgnoreCase).Count() == this.indicators.Length,
            nameof(indicators), "Indicator names must be distinct.");
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in this.rows)
        {
            Preconditions.CheckNotNull(row, nameof(rows));
            Preconditions.CheckArgument(row.Values.Count == this.indicators.Length, nameof(rows), $"Row {row.Code} has {row.Values.Count} values for {this.indicators.Length} indicators.");
            Preconditions.CheckArgument(codes.Add(row.Code), nameof(rows), $"Territory {row.Code} appears twice.");
        }
    }

    /// <summary>The indicator names.</summary>
    public IReadOnlyList<string> Indicators => indicators;

    /// <summary>The rows.</summary>
    public IReadOnlyList<IndicatorRow> Rows => rows;

    /// <summary>The index of an indicator, or −1 (case-insensitive).</summary>
    /// <param name="name">The indicator name.</param>
    /// <returns>Its position, or −1.</returns>
    public int IndexOf(string name) => Array.FindIndex(indicators, i => string.Equals(i, name, StringComparison.OrdinalIgnoreCase));
}

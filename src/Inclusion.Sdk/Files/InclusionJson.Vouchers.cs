using System.Globalization;
using System.Text.Json;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Utility;
using Inclusion.Sdk.Vouchers;
using NodaTime;

namespace Inclusion.Sdk.Files;

/// <content>Voucher programme files: <c>programme.json</c> and the JSON Lines event log.</content>
public static partial class InclusionJson
{
    /// <summary>Serialises an event as one line of JSON (the <c>type</c> discriminator first).</summary>
    /// <param name="voucherEvent">The event.</param>
    /// <returns>The JSON text, without line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="voucherEvent"/> is <see langword="null"/>.</exception>
    public static string SerializeEvent(VoucherEvent voucherEvent)
    {
        Preconditions.CheckNotNull(voucherEvent);
        return JsonSerializer.Serialize(voucherEvent, InclusionJsonContext.Default.VoucherEvent);
    }

    /// <summary>Reads one event.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The text is not a valid event.</exception>
    public static VoucherEvent DeserializeEvent(string json)
    {
        Preconditions.CheckNotNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, InclusionJsonContext.Default.VoucherEvent)
                ?? throw new JsonException("The JSON value is null; an event was expected.");
        }
        catch (Exception e) when (e is NotSupportedException or ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            // A missing or unknown "type" discriminator (NotSupportedException) or a value refused by an event's
            // constructor guard: the caller sees one exception type for every invalid event text.
            throw new JsonException(e.Message, e);
        }
    }

    /// <summary>Writes events as JSON Lines (one event per line).</summary>
    /// <param name="events">The events.</param>
    /// <param name="writer">The destination.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteEvents(IEnumerable<VoucherEvent> events, TextWriter writer)
    {
        Preconditions.CheckNotNull(events);
        Preconditions.CheckNotNull(writer);
        foreach (var e in events)
        {
            writer.Write(SerializeEvent(e));
            writer.Write('\n');
        }
    }

    /// <summary>Reads a JSON Lines event log; blank lines are skipped; a bad line becomes a located issue and never stops the reading.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The file name, for locations.</param>
    /// <returns>The events and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public static VoucherEventFile ReadEvents(TextReader reader, string? source = null)
    {
        Preconditions.CheckNotNull(reader);
        var events = new List<VoucherEvent>();
        var lines = new List<long>();
        var report = new ValidationReportBuilder();
        long number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var e = DeserializeEvent(line);
                if (e.SchemaVersion != 1)
                {
                    report.Add(VoucherRules.FileSchemaVersion.Issue(e.SchemaVersion.ToString(CultureInfo.InvariantCulture), location: new IssueLocation(source, number, null, "schemaVersion")));
                    continue;
                }

                events.Add(e);
                lines.Add(number);
            }
            catch (JsonException ex)
            {
                report.Add(JsonIssue(ex, line, source, number));
            }
        }

        if (number == 0)
        {
            report.Add(VoucherRules.FileEmpty.Issue(null, location: new IssueLocation(source)));
        }

        return new VoucherEventFile([.. events], [.. lines], report.Build(source));
    }

    /// <summary>Reads and validates <c>programme.json</c>; every problem is located (line for syntax, member path for values).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name, for locations.</param>
    /// <returns>The programme or the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static VoucherProgrammeFile ReadProgramme(string json, string? source = null)
    {
        Preconditions.CheckNotNull(json);
        var report = new ValidationReportBuilder();
        if (string.IsNullOrWhiteSpace(json))
        {
            report.Add(VoucherRules.FileEmpty.Issue(null, location: new IssueLocation(source)));
            return new VoucherProgrammeFile(null, report.Build(source));
        }

        ProgrammeDocument? document = null;
        try
        {
            document = JsonSerializer.Deserialize(json, InclusionJsonContext.Default.ProgrammeDocument);
        }
        catch (JsonException ex)
        {
            report.Add(JsonIssue(ex, json, source, null));
        }

        VoucherProgramme? programme = null;
        if (document is not null)
        {
            programme = BuildProgramme(document, report, source);
        }
        else if (report.ErrorCount == 0)
        {
            report.Add(VoucherRules.FileField.Issue("null", location: new IssueLocation(source, null, null, "$")));
        }

        return new VoucherProgrammeFile(report.ErrorCount == 0 ? programme : null, report.Build(source));
    }

    private static ValidationIssue JsonIssue(JsonException ex, string text, string? source, long? line)
    {
        var row = line ?? (ex.LineNumber is { } l ? l + 1 : null);
        var column = ex.BytePositionInLine is { } c ? (int)c + 1 : (int?)null;
        var syntax = false;
        try
        {
            using var _ = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            syntax = true;
        }

        var message = ex.Message.Split(" Path:", 2)[0];
        var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? (message.Contains("discriminator", StringComparison.OrdinalIgnoreCase) || message.Contains("abstract", StringComparison.OrdinalIgnoreCase) ? "type" : "$") : ex.Path;
        return (syntax ? VoucherRules.FileSyntax : VoucherRules.FileField).Issue(message, location: new IssueLocation(source, row, column, field));
    }

    private static VoucherProgramme? BuildProgramme(ProgrammeDocument d, ValidationReportBuilder report, string? source)
    {
        void Fail(string field, string problem) =>
            report.Add(VoucherRules.FileProgramme.Issue(problem, location: new IssueLocation(source, null, null, field)));

        List<TerritoryId> Territories(IReadOnlyList<string> texts, string field)
        {
            var list = new List<TerritoryId>();
            for (var i = 0; i < texts.Count; i++)
            {
                if (VoucherLedger.ParseTerritory(texts[i]) is { } t)
                {
                    list.Add(t);
                }
                else
                {
                    Fail($"{field}[{i}]", $"\"{texts[i]}\" is not a territory written level:code (departement:33, commune:33063…)");
                }
            }

            return list;
        }

        var perimeter = Territories(d.Perimeter, "perimeter");
        var providers = new List<QualifiedProvider>();
        for (var i = 0; i < d.Providers.Count; i++)
        {
            var p = d.Providers[i];
            var siret = Siret.Parse(p.Siret);
            var territories = Territories(p.Territories, $"providers[{i}].territories");
            if (!siret.Success)
            {
                Fail($"providers[{i}].siret", $"{siret.Error!.RuleCode}: {siret.Error.MessageEn}");
                continue;
            }

            try
            {
                providers.Add(new QualifiedProvider(siret.Value, p.Name, p.QualifiedFrom, p.QualifiedUntil, territories));
            }
            catch (ArgumentException ex)
            {
                Fail($"providers[{i}]", ex.Message);
            }
        }

        var distributors = new List<VoucherDistributor>();
        for (var i = 0; i < d.Distributors.Count; i++)
        {
            var x = d.Distributors[i];
            if (VoucherLedger.ParseTerritory(x.Territory) is not { } territory)
            {
                Fail($"distributors[{i}].territory", $"\"{x.Territory}\" is not a territory written level:code");
                continue;
            }

            try
            {
                distributors.Add(new VoucherDistributor(x.Id, x.Name, territory));
            }
            catch (ArgumentException ex)
            {
                Fail($"distributors[{i}]", ex.Message);
            }
        }

        if (report.ErrorCount > 0)
        {
            return null;
        }

        try
        {
            var fees = d.Fees is { } f ? new FeeSchedule(f.UpstreamRate, f.DownstreamRate, f.VatRate ?? 0.20m) : null;
            var co = d.CoFinancing is { } c ? new CoFinancingRule(c.CoFunder, c.MaximumShare, Money.FromEuros(c.MinimumOrder), Money.FromEuros(c.OrderCeiling)) : null;
            return new VoucherProgramme(
                d.Id,
                d.OperatorName,
                d.Commanditaire,
                perimeter,
                providers,
                distributors,
                d.FaceValue is { } v ? Money.FromEuros(v) : null,
                d.BookletFormats,
                d.SmallBookletMinimumOrder ?? 2000,
                d.ValidityEnd,
                d.GracePeriodMonths is { } g ? Period.FromMonths(g) : null,
                fees,
                co);
        }
        catch (ArgumentException ex)
        {
            Fail(ex.ParamName ?? "$", ex.Message);
            return null;
        }
    }
}

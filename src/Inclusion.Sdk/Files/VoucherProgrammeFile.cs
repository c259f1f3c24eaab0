using System.Text.Json;
using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;
using Inclusion.Sdk.Vouchers;
using NodaTime;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Reads the settings of a voucher programme, <c>programme.json</c> (docs/vouchers.md, "File formats"), into a
/// <see cref="VoucherProgramme"/>, and writes a programme back (<see cref="Write(VoucherProgramme, Stream)"/>).
/// </summary>
/// <remarks>
/// <para>Reading is strict: malformed JSON, a duplicate key and content after the document are <c>file.json.*</c>
/// errors; an unknown or missing member (names are case-sensitive), a number written as a string or a null is
/// <c>voucher-file.field</c>; then
/// every setting is validated (<c>programme.*</c>, located by JSON path and line) before the programme is built.
/// Providers become <see cref="Actor"/> values with the <see cref="ActorRoles.MediationProvider"/> role and their
/// SIRET as pivot; distributors, actors with the <see cref="ActorRoles.Distributor"/> role serving their territory.</para>
/// <para>Never throws for bad content. This class is stateless and thread-safe.</para>
/// </remarks>
public static class VoucherProgrammeFile
{
    /// <summary>Reads a programme from a stream of bytes, read once.</summary>
    /// <param name="input">The stream.</param>
    /// <param name="options">The source name and issue cap, or <see langword="null"/> for the defaults.</param>
    /// <returns>The programme when the file is valid, and the located report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    public static LoadResult<VoucherProgramme> Load(Stream input, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(input);
        options ??= ReadOptions.Default;
        var source = options.Source;
        var report = options.NewReport();
        var programme = Read(input, source, report);
        var built = report.Build(source);
        return programme is not null && built.IsValid ? LoadResult<VoucherProgramme>.Of(programme, built) : LoadResult<VoucherProgramme>.None(built);
    }

    /// <summary>Reads a programme file.</summary>
    /// <param name="path">The file's path; its file name is the source of locations unless <paramref name="options"/> sets one.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The programme when the file is valid, and the located report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened.</exception>
    public static LoadResult<VoucherProgramme> Load(string path, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream, ReadOptions.ForPath(options, path));
    }

    /// <summary>
    /// Writes a programme as <c>programme.json</c> (UTF-8 without byte order mark, indented, accents unescaped), in the
    /// form <see cref="Load(Stream, ReadOptions?)"/> reads back into an equal programme: every setting is written,
    /// defaults included, so that the file states the rules it was run with.
    /// </summary>
    /// <param name="programme">The programme.</param>
    /// <param name="output">The destination stream; it is flushed, not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The programme holds what the file cannot: a distributor serving several
    /// territories, or a grace period or import margin that is not a whole number of months (never trimmed silently).</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write(VoucherProgramme programme, Stream output)
    {
        Preconditions.CheckNotNull(programme);
        Preconditions.CheckNotNull(output);
        JsonSerializer.Serialize(output, ToDocument(programme), Writing.ProgrammeDocument);
        output.Flush();
    }

    private static InclusionJsonContext Writing { get; } =
        new(new JsonSerializerOptions(InclusionJsonContext.Default.Options) { Encoder = InclusionJson.ReportEncoder, WriteIndented = true });

    private static ProgrammeDocument ToDocument(VoucherProgramme p)
    {
        var providers = p.Providers.Select(q => new ProviderDocument(q.Siret.ToString(), q.Provider.Name, q.QualifiedFrom, [.. q.Territories.Select(t => t.ToString())], q.QualifiedUntil)).ToList();
        var distributors = p.Distributors.Select(d =>
        {
            Preconditions.CheckArgument(d.TerritoriesServed.Count == 1, nameof(p), $"Distributor {d.Id} serves {d.TerritoriesServed.Count} territories; programme.json holds one per distributor.");
            return new DistributorDocument(d.Id, d.Name, d.TerritoriesServed[0].ToString());
        }).ToList();
        var co = p.CoFinancing is { } c ? new CoFinancingDocument(c.CoFunder, c.MaximumShare, c.MinimumOrder.Amount, c.OrderCeiling.Amount) : null;
        return new ProgrammeDocument(
            p.Id,
            p.Operator,
            p.Commanditaire,
            [.. p.Perimeter.Select(t => t.ToString())],
            providers,
            distributors,
            p.FaceValue.Amount,
            p.BookletFormats,
            p.SmallBookletMinimumOrder,
            p.ValidityEnd,
            Months(p.GracePeriod, "grace period"),
            new FeesDocument(p.Fees.UpstreamRate, p.Fees.DownstreamRate, p.Fees.VatRate),
            co,
            Months(p.ImportMargin, "import margin"));
    }

    private static int Months(Period period, string what)
    {
        var normalized = period.Normalize();
        Preconditions.CheckArgument(normalized.Weeks == 0 && normalized.Days == 0 && !normalized.HasTimeComponent, nameof(period), $"The {what} {period} is not a whole number of months; programme.json holds months.");
        return checked((normalized.Years * 12) + normalized.Months);
    }

    private static VoucherProgramme? Read(Stream input, string? source, ValidationReportBuilder report)
    {
        if (JsonDocumentInput.Read(input, source, report) is not var (utf8, index))
        {
            return null;
        }

        ProgrammeDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8, InclusionJsonContext.Default.ProgrammeDocument);
        }
        catch (JsonException e)
        {
            report.Add(VoucherEventFile.FieldIssue(e, source, e.LineNumber + 1));
            return null;
        }

        if (document is null)
        {
            report.Add(VoucherRules.FileField.Issue("null", location: new IssueLocation(source, 1, 1, "$")));
            return null;
        }

        var validation = ProgrammeDocumentValidator.Instance.Validate(document);
        DocumentRules.Report(validation, VoucherRules.FileField, index, source, report);
        if (!validation.IsValid)
        {
            return null;
        }

        try
        {
            return Build(document);
        }
        catch (ArgumentException e)
        {
            // Every guard has a programme.* rule above; this is the second line of defence.
            report.Add(VoucherRules.FileField.Issue(e.Message, location: new IssueLocation(source, null, null, "$")));
            return null;
        }
    }

    private static VoucherProgramme Build(ProgrammeDocument d)
    {
        var providers = d.Providers.Select(p =>
        {
            var siret = Siret.Parse(p.Siret).Value;
            var actor = new Actor(siret.ToString(), p.Name, ActorRoles.MediationProvider, new PivotIdentifier(siret), territoriesServed: p.Territories.Select(t => VoucherLedger.ParseTerritory(t)!.Value));
            return new ProviderQualification(actor, p.QualifiedFrom, p.QualifiedUntil);
        });
        var distributors = d.Distributors.Select(x => new Actor(x.Id, x.Name, ActorRoles.Distributor, territoriesServed: [VoucherLedger.ParseTerritory(x.Territory)!.Value]));
        var fees = d.Fees is { } f ? new FeeSchedule(f.UpstreamRate, f.DownstreamRate, f.VatRate ?? 0.20m) : null;
        var co = d.CoFinancing is { } c ? new CoFinancingRule(c.CoFunder, c.MaximumShare, Money.FromEuros(c.MinimumOrder), Money.FromEuros(c.OrderCeiling)) : null;
        return new VoucherProgramme(
            d.Id,
            d.OperatorName,
            d.Commanditaire,
            d.Perimeter.Select(t => VoucherLedger.ParseTerritory(t)!.Value),
            providers,
            distributors,
            d.FaceValue is { } v ? Money.FromEuros(v) : null,
            d.BookletFormats,
            d.SmallBookletMinimumOrder ?? 2000,
            d.ValidityEnd,
            d.GracePeriodMonths is { } g ? Period.FromMonths(g) : null,
            fees,
            co)
        {
            ImportMargin = Period.FromMonths(d.ImportMarginMonths ?? 12),
        };
    }
}

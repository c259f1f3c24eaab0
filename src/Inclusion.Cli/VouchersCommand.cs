using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Inclusion.Sdk;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Statistics;
using Inclusion.Sdk.Vouchers;
using NodaTime;
using NodaTime.Text;

namespace Inclusion.Cli;

/// <summary>
/// <c>inclusion vouchers settle</c> (provider statements, credit notes and KPIs of a programme's event log) and
/// <c>inclusion vouchers timeline</c> (expiry dates of a validity end date).
/// </summary>
internal static class VouchersCommand
{
    internal static Command Create(Option<string> language, TextWriter output, TextWriter error)
    {
        var command = new Command("vouchers", "Voucher programmes (Pass numérique): settle an event log, print an expiry timeline.");
        command.Subcommands.Add(Settle(language, output, error));
        command.Subcommands.Add(Timeline(output, error));
        return command;
    }

    private static Command Settle(Option<string> language, TextWriter output, TextWriter error)
    {
        var programmeOption = new Option<FileInfo>("--programme") { Description = "The programme settings (programme.json).", Required = true };
        var eventsOption = new Option<FileInfo>("--events") { Description = "The event log (JSON Lines, one event per line).", Required = true };
        var monthOption = new Option<string?>("--month") { Description = "Only the provider statements of this month of scans (yyyy-MM, Europe/Paris)." };
        var formatOption = new Option<string>("--format") { Description = "Output format: text (default) or json.", DefaultValueFactory = _ => "text" };
        formatOption.AcceptOnlyFromAmong("text", "json");
        var settle = new Command("settle", "Replay a programme's events with every rule checked, then print the providers' monthly statements (scans of month M paid in M+1), the closing statement (credit note, fees, co-financing) and the KPIs. Exit 0 OK, 1 invalid files or events, 2 usage error or unreadable file.");
        settle.Options.Add(programmeOption);
        settle.Options.Add(eventsOption);
        settle.Options.Add(monthOption);
        settle.Options.Add(formatOption);
        settle.SetAction(parseResult =>
        {
            var lang = CliApp.LanguageOf(parseResult, language);
            YearMonth? month = null;
            if (parseResult.GetValue(monthOption) is { } monthText)
            {
                var parsed = YearMonthPattern.Iso.Parse(monthText);
                if (!parsed.Success)
                {
                    error.WriteLine($"--month: \"{monthText}\" is not a month written yyyy-MM.");
                    return CliApp.ExitUsage;
                }

                month = parsed.Value;
            }

            var programmeFile = parseResult.GetValue(programmeOption)!;
            var eventsFile = parseResult.GetValue(eventsOption)!;
            if (!TryRead(programmeFile, error, out var programmeText))
            {
                return CliApp.ExitUsage;
            }

            var programmeResult = InclusionJson.ReadProgramme(programmeText, programmeFile.Name);
            if (programmeResult.Programme is not { } programme)
            {
                return PrintIssues(programmeResult.Report.Issues, lang, output);
            }

            VoucherEventFile file;
            try
            {
                using var reader = eventsFile.OpenText(); // streamed line by line
                file = InclusionJson.ReadEvents(reader, eventsFile.Name);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{eventsFile.Name}: cannot read the file ({ex.Message}).");
                return CliApp.ExitUsage;
            }

            var issues = new List<ValidationIssue>(file.Report.Issues);
            var ledger = new VoucherLedger(programme);
            for (var i = 0; i < file.Events.Count && issues.Count == 0; i++)
            {
                var result = ledger.Record(file.Events[i]);
                if (!result.Success)
                {
                    issues.Add(result.Rejection!.WithLocation(new IssueLocation(eventsFile.Name, file.Lines[i], null, "type")));
                }
            }

            if (issues.Count > 0)
            {
                return PrintIssues(issues, lang, output);
            }

            var events = ledger.Events();
            var statements = VoucherReports.ProviderStatements(programme, events, month);
            var closing = VoucherReports.Closing(programme, events);
            var kpis = VoucherReports.Kpis(programme, events);
            if (parseResult.GetValue(formatOption) == "json")
            {
                WriteJson(programme, statements, closing, kpis, output);
            }
            else
            {
                WriteText(programme, month, statements, closing, kpis, output);
            }

            return CliApp.ExitOk;
        });
        return settle;
    }

    private static Command Timeline(TextWriter output, TextWriter error)
    {
        var endOption = new Option<string>("--end") { Description = "The validity end date (yyyy-MM-dd).", Required = true };
        var graceOption = new Option<int>("--grace-months") { Description = "The grace period in months (default 1).", DefaultValueFactory = _ => 1 };
        var timeline = new Command("timeline", "Print the expiry timeline of a validity end date: alert (J-30), block (J-15), acknowledgement (J-7), end, grace end, joint statement.");
        timeline.Options.Add(endOption);
        timeline.Options.Add(graceOption);
        timeline.SetAction(parseResult =>
        {
            var text = parseResult.GetValue(endOption)!;
            var parsed = LocalDatePattern.Iso.Parse(text);
            var grace = parseResult.GetValue(graceOption);
            if (!parsed.Success || grace is < 0 or > 24)
            {
                error.WriteLine(!parsed.Success ? $"--end: \"{text}\" is not a date written yyyy-MM-dd." : "--grace-months: 0 to 24.");
                return CliApp.ExitUsage;
            }

            var t = ExpiryTimeline.For(parsed.Value, Period.FromMonths(grace));
            (string Step, LocalDate Date)[] rows =
            [
                ("alert (J-30)", t.Alert), ("block (J-15)", t.Block), ("acknowledgement (J-7)", t.Acknowledgement),
                ("end", t.End), ("grace end", t.GraceEnd), ("joint statement", t.JointStatement),
            ];
            foreach (var (step, date) in rows)
            {
                output.WriteLine($"{Date(date)}  {step}");
            }

            return CliApp.ExitOk;
        });
        return timeline;
    }

    private static bool TryRead(FileInfo file, TextWriter error, out string text)
    {
        try
        {
            text = File.ReadAllText(file.FullName);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{file.Name}: cannot read the file ({ex.Message}).");
            text = string.Empty;
            return false;
        }
    }

    private static int PrintIssues(IEnumerable<ValidationIssue> issues, MessageLanguage language, TextWriter output)
    {
        foreach (var issue in issues)
        {
            output.WriteLine(issue.ToString(language));
        }

        return CliApp.ExitInvalid;
    }

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Euros(Money money) => money.Amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static void WriteText(VoucherProgramme programme, YearMonth? month, IReadOnlyList<ProviderStatement> statements, ClosingStatement closing, VoucherKpis kpis, TextWriter output)
    {
        output.WriteLine($"Programme {programme.Id} — commanditaire {programme.Commanditaire}, operator {programme.Operator}");
        output.WriteLine();
        output.WriteLine(month is null ? "Provider statements" : $"Provider statements — scans of {YearMonthPattern.Iso.Format(month.Value)}");
        output.WriteLine("scan month  paid in  provider        passes      gross €     fee HT €    fee VAT €       net €  settled");
        foreach (var s in statements)
        {
            output.WriteLine($"{YearMonthPattern.Iso.Format(s.Month),-11} {YearMonthPattern.Iso.Format(s.PaymentMonth),-8} {s.Provider,-14} {s.Passes,7} {Euros(s.GrossValue),12} {Euros(s.DownstreamFee),12} {Euros(s.DownstreamFeeVat),12} {Euros(s.NetPayable),11}  {(s.IsSettled ? "yes" : "no")}");
        }

        output.WriteLine($"total{string.Empty,35} {Euros(Money.Sum(statements.Select(s => s.GrossValue))),12} {Euros(Money.Sum(statements.Select(s => s.DownstreamFee))),12} {Euros(Money.Sum(statements.Select(s => s.DownstreamFeeVat))),12} {Euros(Money.Sum(statements.Select(s => s.NetPayable))),11}");
        output.WriteLine();
        output.WriteLine(closing.IsFinal ? "Closing statement (final)" : "Closing statement (provisional: the programme is open)");
        output.WriteLine($"  ordered face value      {Euros(closing.OrderedValue),14}  ({closing.PassesOrdered} passes)");
        output.WriteLine($"  used face value         {Euros(closing.UsedValue),14}  ({closing.PassesUsed} passes)");
        output.WriteLine($"  credit note (unused)    {Euros(closing.CreditNote),14}  ({closing.PassesCancelled} cancelled, {closing.PassesExpired} expired; face value only)");
        output.WriteLine($"  outstanding passes      {closing.PassesOutstanding,14}");
        output.WriteLine($"  upstream fee HT         {Euros(closing.UpstreamFee),14}  (VAT {Euros(closing.UpstreamFeeVat)})");
        output.WriteLine($"  downstream fees HT      {Euros(closing.DownstreamFees),14}");
        if (closing.CoFunder is not null)
        {
            output.WriteLine($"  co-financing claim      {Euros(closing.CoFinancingClaim),14}  ({closing.CoFunder})");
        }

        output.WriteLine();
        output.WriteLine("KPIs                    booklets: issued injected not-inj. started | passes: issued handed redeemed | benef. | distrib. % usage % start % passes/benef.");
        WriteKpi(output, "programme", kpis.Overall, DisclosureRule.Default.IsSensitive(kpis.Overall.Beneficiaries));
        foreach (var (title, rows) in Breakdowns(kpis))
        {
            var hidden = HiddenBeneficiaries(rows);
            for (var i = 0; i < rows.Count; i++)
            {
                WriteKpi(output, $"{title} {rows[i].Key}", rows[i].Figures, hidden[i]);
            }
        }

        output.WriteLine($"(s: fewer than {DisclosureRule.DefaultThreshold} beneficiaries, or hidden so that such a count cannot be recovered from the totals)");
    }

    private static (string Title, IReadOnlyList<KpiRow> Rows)[] Breakdowns(VoucherKpis kpis) =>
        [("provider", kpis.ByProvider), ("distributor", kpis.ByDistributor), ("territory", kpis.ByTerritory), ("month", kpis.ByMonth)];

    /// <summary>Published breakdowns count people: beneficiary counts (and passes per beneficiary, which would give them
    /// back) are suppressed below the disclosure threshold, with secondary suppression.</summary>
    private static bool[] HiddenBeneficiaries(IReadOnlyList<KpiRow> rows)
    {
        var counts = rows.Select(r => r.Figures.Beneficiaries).ToArray();
        var protectedCounts = DisclosureControl.ProtectDistribution(counts);
        return [.. Enumerable.Range(0, counts.Length).Select(i => protectedCounts.StatusOf(i) != CellStatus.Published)];
    }

    private static void WriteKpi(TextWriter output, string label, KpiFigures f, bool hideBeneficiaries)
    {
        var beneficiaries = hideBeneficiaries ? "s" : f.Beneficiaries.ToString(CultureInfo.InvariantCulture);
        var perBeneficiary = hideBeneficiaries ? "s" : f.PassesPerBeneficiary.ToString("0.00", CultureInfo.InvariantCulture);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-34} {f.BookletsIssued,6} {f.BookletsInjected,8} {f.BookletsNotInjected,8} {f.BookletsStarted,7} | {f.PassesIssued,6} {f.PassesHanded,6} {f.PassesRedeemed,8} | {beneficiaries,6} | {f.DistributionRate,8:0.000} {f.UsageRate,7:0.000} {f.StartRate,7:0.000} {perBeneficiary,6}"));
    }

    private static void WriteJson(VoucherProgramme programme, IReadOnlyList<ProviderStatement> statements, ClosingStatement closing, VoucherKpis kpis, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("programme", programme.Id);
            w.WriteStartArray("providerStatements");
            foreach (var s in statements)
            {
                w.WriteStartObject();
                w.WriteString("month", YearMonthPattern.Iso.Format(s.Month));
                w.WriteString("paymentMonth", YearMonthPattern.Iso.Format(s.PaymentMonth));
                w.WriteString("provider", s.Provider);
                w.WriteString("providerName", s.ProviderName);
                w.WriteNumber("redemptions", s.Redemptions);
                w.WriteNumber("passes", s.Passes);
                w.WriteNumber("grossValue", s.GrossValue.Amount);
                w.WriteNumber("downstreamFee", s.DownstreamFee.Amount);
                w.WriteNumber("downstreamFeeVat", s.DownstreamFeeVat.Amount);
                w.WriteNumber("netPayable", s.NetPayable.Amount);
                w.WriteBoolean("settled", s.IsSettled);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("closing");
            w.WriteString("commanditaire", closing.Commanditaire);
            w.WriteBoolean("final", closing.IsFinal);
            w.WriteNumber("orderedValue", closing.OrderedValue.Amount);
            w.WriteNumber("usedValue", closing.UsedValue.Amount);
            w.WriteNumber("creditNote", closing.CreditNote.Amount);
            w.WriteNumber("passesOutstanding", closing.PassesOutstanding);
            w.WriteNumber("upstreamFee", closing.UpstreamFee.Amount);
            w.WriteNumber("upstreamFeeVat", closing.UpstreamFeeVat.Amount);
            w.WriteNumber("downstreamFees", closing.DownstreamFees.Amount);
            if (closing.CoFunder is not null)
            {
                w.WriteString("coFunder", closing.CoFunder);
                w.WriteNumber("coFinancingClaim", closing.CoFinancingClaim.Amount);
            }

            w.WriteEndObject();
            w.WriteStartObject("kpis");
            WriteFigures(w, "overall", kpis.Overall, DisclosureRule.Default.IsSensitive(kpis.Overall.Beneficiaries));
            foreach (var (title, rows) in Breakdowns(kpis))
            {
                var hidden = HiddenBeneficiaries(rows);
                w.WriteStartObject("by" + char.ToUpperInvariant(title[0]) + title[1..]);
                for (var i = 0; i < rows.Count; i++)
                {
                    WriteFigures(w, rows[i].Key, rows[i].Figures, hidden[i]);
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteFigures(Utf8JsonWriter w, string name, KpiFigures f, bool hideBeneficiaries)
    {
        w.WriteStartObject(name);
        w.WriteNumber("bookletsIssued", f.BookletsIssued);
        w.WriteNumber("bookletsInjected", f.BookletsInjected);
        w.WriteNumber("bookletsNotInjected", f.BookletsNotInjected);
        w.WriteNumber("bookletsStarted", f.BookletsStarted);
        w.WriteNumber("passesIssued", f.PassesIssued);
        w.WriteNumber("passesHanded", f.PassesHanded);
        w.WriteNumber("passesRedeemed", f.PassesRedeemed);
        if (hideBeneficiaries)
        {
            w.WriteNull("beneficiaries");
            w.WriteBoolean("beneficiariesSuppressed", true);
        }
        else
        {
            w.WriteNumber("beneficiaries", f.Beneficiaries);
        }

        w.WriteNumber("valueIssued", f.ValueIssued.Amount);
        w.WriteNumber("valueUsed", f.ValueUsed.Amount);
        w.WriteNumber("distributionRate", f.DistributionRate);
        w.WriteNumber("usageRate", f.UsageRate);
        w.WriteNumber("startRate", f.StartRate);
        if (hideBeneficiaries)
        {
            w.WriteNull("passesPerBeneficiary");
        }
        else
        {
            w.WriteNumber("passesPerBeneficiary", f.PassesPerBeneficiary);
        }
        w.WriteEndObject();
    }
}

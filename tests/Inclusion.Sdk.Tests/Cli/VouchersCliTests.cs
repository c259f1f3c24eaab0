using Inclusion.Sdk.Tests.Vouchers;

namespace Inclusion.Sdk.Tests.Cli;

/// <summary><c>inclusion vouchers</c> on the samples of docs/samples/vouchers and on broken files.</summary>
public class VouchersCliTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args) => CliRunner.Run(args);

    private static readonly string Programme = WorkedExample.SamplePath("programme.json");
    private static readonly string Events = WorkedExample.SamplePath("events.jsonl");

    [Fact]
    public void Settle_prints_statements_credit_note_and_kpis_of_the_sample()
    {
        var (exit, output, error) = Run("vouchers", "settle", "--programme", Programme, "--events", Events);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("2025-03     2025-04  73282932000116     100     1,000.00        40.00         8.00      960.00  yes", output, StringComparison.Ordinal);
        Assert.Contains("credit note (unused)         12,000.00", output, StringComparison.Ordinal);
        Assert.Contains("ring-fenced face value            0.00", output, StringComparison.Ordinal);
        Assert.Contains("paid to providers (net)       7,680.00", output, StringComparison.Ordinal);
        Assert.Contains("co-financing claim            4,000.00", output, StringComparison.Ordinal);
        Assert.Contains("Closing statement (final)", output, StringComparison.Ordinal);
        Assert.Contains("distributor ccas-bordeaux", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Settle_filters_a_month_and_writes_json()
    {
        var (exit, output, _) = Run("vouchers", "settle", "--programme", Programme, "--events", Events, "--month", "2025-04", "--format", "json");
        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var statements = json.RootElement.GetProperty("providerStatements");
        var statement = Assert.Single(statements.EnumerateArray());
        Assert.Equal("2025-05", statement.GetProperty("paymentMonth").GetString());
        Assert.Equal(960.00m, statement.GetProperty("netPayable").GetDecimal());
        Assert.Equal(12000m, json.RootElement.GetProperty("closing").GetProperty("creditNote").GetDecimal());
        Assert.Equal(0m, json.RootElement.GetProperty("closing").GetProperty("ringFencedBalance").GetDecimal());
        Assert.Equal(40.000m, json.RootElement.GetProperty("kpis").GetProperty("overall").GetProperty("usageRate").GetDecimal());
    }

    [Fact]
    public void Timeline_prints_the_operators_dates()
    {
        var (exit, output, _) = Run("vouchers", "timeline", "--end", "2025-12-31");
        Assert.Equal(0, exit);
        Assert.Equal(
            ["2025-11-30  alert (J-30)", "2025-12-15  block (J-15)", "2025-12-22  acknowledgement (J-7)", "2025-12-31  end", "2026-01-31  grace end", "2026-02-07  joint statement"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal(2, Run("vouchers", "timeline", "--end", "2025-02-30").Exit);
    }

    [Fact]
    public void Broken_files_give_located_errors_and_exit_1_without_a_stack_trace()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var lines = File.ReadAllLines(Events);
            var broken = Path.Combine(dir.FullName, "events.jsonl");
            // Line 4 becomes malformed; line 520's double scan is a rule error once the file parses.
            File.WriteAllLines(broken, [.. lines[..3], "{\"type\":", .. lines[4..]]);
            var (exit, output, error) = Run("vouchers", "settle", "--programme", Programme, "--events", broken);
            Assert.Equal(1, exit);
            Assert.Equal(string.Empty, output);
            Assert.StartsWith("events.jsonl:", error, StringComparison.Ordinal);
            Assert.Contains("error file.json.malformed × 1", error, StringComparison.Ordinal);
            Assert.Contains("  row 4: ", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);

            // --format json: the report of why there is no settlement is the JSON document on standard output.
            (exit, output, _) = Run("vouchers", "settle", "--programme", Programme, "--events", broken, "--format", "json");
            Assert.Equal(1, exit);
            using (var json = System.Text.Json.JsonDocument.Parse(output))
            {
                var issue = json.RootElement.GetProperty("issues")[0];
                Assert.Equal("file.json.malformed", issue.GetProperty("ruleCode").GetString());
                Assert.Equal(4, issue.GetProperty("location").GetProperty("row").GetInt32());
            }

            var redeemed = lines.First(l => l.Contains("passes-redeemed", StringComparison.Ordinal));
            File.WriteAllLines(broken, [.. lines[..^1], redeemed.Replace("\"redemption\":1,", "\"redemption\":401,", StringComparison.Ordinal).Replace("2025-03-01T08:00:00Z", "2026-02-06T08:00:00Z", StringComparison.Ordinal).Replace("73282932000116", "73282932000124", StringComparison.Ordinal), lines[^1]]);
            (exit, _, error) = Run("vouchers", "settle", "--programme", Programme, "--events", broken, "--lang", "fr");
            Assert.Equal(1, exit);
            Assert.Contains("pass.already-redeemed", error, StringComparison.Ordinal);
            Assert.Contains($"ligne {lines.Length}", error, StringComparison.Ordinal);

            var programme = Path.Combine(dir.FullName, "programme.json");
            File.WriteAllText(programme, File.ReadAllText(Programme).Replace("\"faceValue\": 10.00", "\"faceValue\": \"ten\"", StringComparison.Ordinal));
            (exit, _, error) = Run("vouchers", "settle", "--programme", programme, "--events", Events);
            Assert.Equal(1, exit);
            Assert.StartsWith("programme.json:", error, StringComparison.Ordinal);
            Assert.Contains("voucher-file.field", error, StringComparison.Ordinal);
            Assert.Contains("row 6", error, StringComparison.Ordinal);

            Assert.Equal(2, Run("vouchers", "settle", "--programme", Path.Combine(dir.FullName, "missing.json"), "--events", Events).Exit);
            Assert.Equal(2, Run("vouchers", "settle", "--programme", Programme, "--events", Events, "--month", "March").Exit);
            Assert.Equal(2, Run("vouchers", "settle", "--programme", Programme).Exit);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Settle_suppresses_small_beneficiary_counts_in_published_breakdowns()
    {
        // 15 beneficiaries served by the CCAS, 3 by France Travail: 3 is below the threshold (11) and 15 would give it
        // back from the programme total, so both distributor cells are hidden; the programme total (18) is published.
        var programme = Inclusion.Sdk.Files.VoucherProgrammeFile.Load(Programme).Value!;
        var ledger = new Inclusion.Sdk.Vouchers.VoucherLedger(programme);
        VoucherScenario.Ok(ledger.Quote("o", 200, 10, VoucherScenario.At(2025, 1, 10)));
        VoucherScenario.Ok(ledger.Confirm("o", VoucherScenario.At(2025, 1, 12)));
        VoucherScenario.Ok(ledger.Issue("o", VoucherScenario.At(2025, 1, 15)));
        VoucherScenario.Ok(ledger.Inject(1, 15, "ccas-bordeaux", VoucherScenario.At(2025, 1, 15)));
        VoucherScenario.Ok(ledger.Inject(16, 3, "france-travail-merignac", VoucherScenario.At(2025, 1, 15)));
        for (var b = 0; b < 18; b++)
        {
            var distributor = b < 15 ? "ccas-bordeaux" : "france-travail-merignac";
            VoucherScenario.Ok(ledger.Hand(VoucherScenario.Pass((b * 10) + 1), 10, distributor, "person-" + b, string.Empty, VoucherScenario.At(2025, 2, 1)));
        }

        var events = Path.GetTempFileName();
        try
        {
            using (var writer = new StreamWriter(events))
            {
                Inclusion.Sdk.Files.InclusionJson.WriteEvents(ledger.Events(), writer);
            }

            var (exit, output, _) = Run("vouchers", "settle", "--programme", Programme, "--events", events);
            Assert.Equal(0, exit);
            var lines = output.Split('\n');
            Assert.Contains("|     18 |", Assert.Single(lines, l => l.StartsWith("programme ", StringComparison.Ordinal)), StringComparison.Ordinal);
            Assert.Contains("|      s |", Assert.Single(lines, l => l.StartsWith("distributor ccas-bordeaux", StringComparison.Ordinal)), StringComparison.Ordinal);
            Assert.Contains("|      s |", Assert.Single(lines, l => l.StartsWith("distributor france-travail-merignac", StringComparison.Ordinal)), StringComparison.Ordinal);

            var (_, json, _) = Run("vouchers", "settle", "--programme", Programme, "--events", events, "--format", "json");
            using var document = System.Text.Json.JsonDocument.Parse(json);
            var ccas = document.RootElement.GetProperty("kpis").GetProperty("byDistributor").GetProperty("ccas-bordeaux");
            Assert.Equal(System.Text.Json.JsonValueKind.Null, ccas.GetProperty("beneficiaries").ValueKind);
            Assert.True(ccas.GetProperty("beneficiariesSuppressed").GetBoolean());
            Assert.Equal(18, document.RootElement.GetProperty("kpis").GetProperty("overall").GetProperty("beneficiaries").GetInt32());
        }
        finally
        {
            File.Delete(events);
        }
    }
}

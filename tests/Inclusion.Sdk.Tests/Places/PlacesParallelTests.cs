using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Places;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Tests.Places;

/// <summary>
/// A file larger than 64 KiB is read on one thread and checked on two (<see cref="PlacesValidationSettings.UseBackgroundThreads"/>):
/// the issues, their order, the records, the counts and the fixed file must be those of the same file checked on the
/// caller's thread alone.
/// </summary>
public class PlacesParallelTests
{
    private static readonly string[] Columns = [.. PlacesVocabulary.Columns(PlacesSchemaVersion.V1)];

    /// <summary>A file of <paramref name="rows"/> rows from the official row, one row in three with a defect chosen by
    /// <paramref name="seed"/>: repeated ids (far apart too), blank and ragged rows, bad e-mails, national phones,
    /// unknown services, bad hours, spaces, a stray quote in the last row.</summary>
    private static byte[] File(int seed, int rows)
    {
        var random = new Random(seed);
        var text = new StringBuilder(PlacesTestData.Header).Append('\n');
        for (var i = 0; i < rows; i++)
        {
            var cells = PlacesTestData.OfficialCells();
            cells[0] = "lieu-" + i;
            switch (random.Next(0, 30))
            {
                case 0: cells[0] = "lieu-" + random.Next(0, Math.Max(1, i)); break;
                case 1: text.Append('\n'); break;
                case 2: cells = cells[..^3]; break;
                case 3: cells[Array.IndexOf(Columns, "courriels")] = "contact" + i + "exemple.fr"; break;
                case 4: cells[Array.IndexOf(Columns, "telephone")] = "01 80 05 98 " + (10 + i % 90); break;
                case 5: cells[Array.IndexOf(Columns, "services")] = "Réparation de vélos"; break;
                case 6: cells[Array.IndexOf(Columns, "horaires")] = "Mo-Fr 9h-" + (12 + i % 10) + "h"; break;
                case 7: cells[Array.IndexOf(Columns, "nom")] = "  Espace " + i + " "; break;
                case 8: cells[0] = string.Empty; break;
                case 9: cells[Array.IndexOf(Columns, "date_maj")] = "31/12/2023"; break;
                default: break;
            }

            text.Append(string.Join(',', cells.Select(PlacesTestData.Quote))).Append('\n');
        }

        if (seed % 3 == 0)
        {
            text.Append("\"lieu-unclosed,").Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Describe(PlacesFileSummary s) =>
        $"{s} rows={s.RowCount} errors={s.ErrorCount} warnings={s.WarningCount} changes={s.ChangeCount} readable={s.IsReadable}";

    private static PlacesValidationSettings Settings(bool threads) =>
        new() { Clock = PlacesTestData.Clock, UseBackgroundThreads = threads };

    private static (PlacesFileSummary Summary, string[] Issues, string[] Records) Read(byte[] file, bool threads)
    {
        var report = new ValidationReportBuilder();
        var records = MediationPlaceFile.Read(new MemoryStream(file), report, PlacesTestData.Source, Settings(threads))
            .Select(r => $"{r.Row} {r.Place?.Id} {r.HasErrors} {string.Join('|', r.Issues.Select(i => i.RuleCode))}")
            .ToArray();
        var summary = MediationPlaceFile.Validate(new MemoryStream(file), new ValidationReportBuilder(), PlacesTestData.Source, Settings(threads));
        return (summary, report.Build().Issues.Select(i => i.ToString()).ToArray(), records);
    }

    private static (PlacesFileSummary Summary, string Output, string[] Issues) Fix(byte[] file, bool threads)
    {
        var report = new ValidationReportBuilder();
        using var output = new StringWriter();
        var summary = MediationPlaceFile.Fix(new MemoryStream(file), output, report, PlacesTestData.Source, Settings(threads));
        return (summary, output.ToString(), report.Build().Issues.Select(i => i.ToString()).ToArray());
    }

    [Fact]
    public void Checking_on_two_threads_gives_what_one_thread_gives() =>
        Prop.ForAll(Gen.Choose(0, 1_000_000).ToArbitrary(), seed =>
        {
            var file = File(seed, 700);
            Assert.True(file.Length > 64 * 1024);
            var (oneSummary, oneIssues, oneRecords) = Read(file, threads: false);
            var (twoSummary, twoIssues, twoRecords) = Read(file, threads: true);
            Assert.Equal(oneIssues, twoIssues);
            Assert.Equal(oneRecords, twoRecords);
            Assert.Equal(Describe(oneSummary), Describe(twoSummary));
            Assert.Contains(oneIssues, i => i.Contains("places.id.duplicate", StringComparison.Ordinal));
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(12).WithQuietOnSuccess(true));

    [Fact]
    public void Fixing_on_two_threads_writes_what_one_thread_writes()
    {
        var file = File(7, 1_500);
        var one = Fix(file, threads: false);
        var two = Fix(file, threads: true);
        Assert.Equal(one.Output, two.Output);
        Assert.Equal(one.Issues, two.Issues);
        Assert.Equal(Describe(one.Summary), Describe(two.Summary));
        Assert.True(one.Summary.ChangeCount > 0);
    }

    [Fact]
    public void A_reader_that_stops_early_stops_the_threads_and_keeps_the_order()
    {
        var file = File(11, 3_000);
        var first = MediationPlaceFile.Read(new MemoryStream(file), new ValidationReportBuilder(), PlacesTestData.Source, Settings(true)).Take(300).Select(r => r.Row).ToArray();
        var expected = MediationPlaceFile.Read(new MemoryStream(file), new ValidationReportBuilder(), PlacesTestData.Source, Settings(false)).Take(300).Select(r => r.Row).ToArray();
        Assert.Equal(expected, first);
        Assert.Equal(300, first.Length);
    }
}

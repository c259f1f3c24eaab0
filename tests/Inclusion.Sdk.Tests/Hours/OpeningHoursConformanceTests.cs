using System.Globalization;
using System.Text;
using System.Text.Json;
using Inclusion.Sdk.Hours;
using Xunit.Abstractions;

namespace Inclusion.Sdk.Tests.Hours;

/// <summary>
/// The conformance corpus (tests/Inclusion.Sdk.Tests/data/opening-hours/conformance.tsv): values of the OSM specification
/// and of opening_hours.js's own tests, each with the reference's strict verdict (facts; see the README in that folder).
/// </summary>
public sealed class OpeningHoursConformanceTests(ITestOutputHelper output)
{
    /// <summary>The agreement reached so far, as a ratchet: raise it when the parser improves, never lower it.</summary>
    private const double MinimumAgreement = 0.976;

    internal sealed record Case(string Expected, string Source, string Value);

    internal static IReadOnlyList<Case> Load()
    {
        var cases = new List<Case>();
        foreach (var line in File.ReadLines(RepoFiles.TestData(Path.Combine("opening-hours", "conformance.tsv")), Encoding.UTF8))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t', 3);
            cases.Add(new Case(parts[0], parts[1], JsonSerializer.Deserialize<string>(parts[2])!));
        }

        return cases;
    }

    /// <summary>Agreement: the reference's "valid as written" is our <see cref="OpeningHoursVerdict.Valid"/>; its "tolerated" or "invalid" is our repaired or invalid.</summary>
    internal static bool Agrees(Case c, OpeningHoursVerdict verdict) => (c.Expected == "valid") == (verdict == OpeningHoursVerdict.Valid);

    // The examples of docs/integrators.md, "Opening hours: three verdicts".
    [Theory]
    [InlineData("Mo-Fr 09:00-12:00", OpeningHoursVerdict.Valid, null)]
    [InlineData("Sa[1] 10:00-12:00", OpeningHoursVerdict.Valid, null)]
    [InlineData("Mo - Fr 09:00-12:00", OpeningHoursVerdict.Valid, null)]
    [InlineData("SH off", OpeningHoursVerdict.Valid, null)]
    [InlineData("9h30 - 18h", OpeningHoursVerdict.Repaired, "09:30-18:00")]
    [InlineData("Lundi-Vendredi 9h00-17h00", OpeningHoursVerdict.Repaired, "Mo-Fr 09:00-17:00")]
    [InlineData("Mo-Sun 09:00-12:00", OpeningHoursVerdict.Repaired, "Mo-Su 09:00-12:00")]
    [InlineData("lundi 9-12", OpeningHoursVerdict.Invalid, null)]
    [InlineData("Mo 24:00-26:00", OpeningHoursVerdict.Invalid, null)]
    public void Three_verdicts_as_documented(string text, OpeningHoursVerdict verdict, string? canonical)
    {
        var result = OpeningHours.Parse(text);
        Assert.Equal(verdict, OpeningHours.VerdictOf(result));
        Assert.Equal(verdict, OpeningHours.Judge(text));
        if (canonical is not null)
        {
            Assert.All(result.Warnings, w => Assert.Equal(canonical, w.Suggestion));
        }
    }

    [Fact]
    public void Corpus_is_well_formed_and_large_enough()
    {
        var cases = Load();
        Assert.True(cases.Count >= 700, $"{cases.Count} values");
        Assert.All(cases, c => Assert.Contains(c.Expected, new[] { "valid", "tolerated", "invalid" }));
        Assert.Equal(cases.Count, cases.Select(c => c.Value).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Agreement_with_the_reference_does_not_fall_below_the_ratchet()
    {
        var cases = Load();
        var agree = 0;
        var disagreements = new StringBuilder();
        var counts = new Dictionary<(string, OpeningHoursVerdict), int>();
        foreach (var c in cases)
        {
            var verdict = OpeningHours.Judge(c.Value);
            counts[(c.Expected, verdict)] = counts.GetValueOrDefault((c.Expected, verdict)) + 1;
            if (Agrees(c, verdict))
            {
                agree++;
            }
            else
            {
                disagreements.Append(CultureInfo.InvariantCulture, $"{c.Expected,-9} {verdict,-8} {c.Source,-9} {c.Value}\n");
            }
        }

        var rate = (double)agree / cases.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Agreement {agree}/{cases.Count} = {rate:P1}"));
        foreach (var ((expected, verdict), n) in counts.OrderBy(k => k.Key.Item1, StringComparer.Ordinal).ThenBy(k => k.Key.Item2))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reference {expected,-9} ours {verdict,-8} {n}"));
        }

        output.WriteLine(disagreements.ToString());
        Assert.True(rate >= MinimumAgreement, string.Create(CultureInfo.InvariantCulture, $"agreement {rate:P2} fell below {MinimumAgreement:P2}"));
    }
}

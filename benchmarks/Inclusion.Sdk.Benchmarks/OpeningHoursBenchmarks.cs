using BenchmarkDotNet.Attributes;
using Inclusion.Sdk.Hours;
using NodaTime;

namespace Inclusion.Sdk.Benchmarks;

/// <summary>Parsing and evaluating OSM opening_hours values.</summary>
[MemoryDiagnoser]
public class OpeningHoursBenchmarks
{
    private const string Typical = "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00";
    private const string Complex = "Jan-Mar,Nov-Dec Mo-Fr 09:00-12:00,14:00-17:00; Apr-Oct Mo-Fr 08:30-12:30,13:30-18:30; week 1-53/2 Sa 09:00-12:00; Jul 14-Aug 15 off; PH,SH off; Dec 24 09:00-12:00 \"veille de Noël\" || \"sur rendez-vous\"";

    private const string Points = "2025 Dec 24-2026 Jan 02 off; Mo-Fr 10:00-16:00/90; Sa 12:00,15:00; Mo-Sa 12:00-14:00 16:00-18:00";

    private readonly Instant monday = Instant.FromUtc(2025, 3, 3, 10, 30);
    private readonly LocalDate weekStart = new(2025, 3, 3);
    private OpeningHours hours = null!;

    [GlobalSetup]
    public void Setup() => hours = OpeningHours.Parse(Typical).Value;

    [Benchmark(Baseline = true)]
    public ParseResult<OpeningHours> ParseTypical() => OpeningHours.Parse(Typical);

    [Benchmark]
    public ParseResult<OpeningHours> ParseComplex() => OpeningHours.Parse(Complex);

    [Benchmark]
    public ParseResult<OpeningHours> ParsePointsAndDatedRanges() => OpeningHours.Parse(Points);

    [Benchmark]
    public bool IsOpen() => hours.IsOpen(monday);

    [Benchmark]
    public Duration WeeklyOpenDuration() => hours.WeeklyOpenDuration(weekStart);
}

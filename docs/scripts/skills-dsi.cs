#:package Inclusion.Sdk@0.1.0
// Researchers: Digital Skills Indicator 2.0 from a survey, with its intervals, saved as an HTML page (table and chart).
// Run from the repository: dotnet run docs/scripts/skills-dsi.cs [output folder]
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Presentation;
using Inclusion.Sdk.Surveys;

var repo = Repo();
var output = Directory.CreateDirectory(args.Length > 0 ? args[0] : Path.Combine(repo, "artifacts", "scripts")).FullName;
var input = Path.Combine(repo, "docs", "samples", "skills", "survey-synthetic.csv");

var loaded = SurveyFile.Load(input, new SurveyLayout { WeightColumn = "weight" });
Expect(loaded.Report.IsValid, "the synthetic survey reads without error");
var estimate = DsiEstimator.Estimate(loaded.Value!, confidence: 0.95, by: "age_band");
Expect(estimate.Levels.Count > 0 && estimate.SampleCount == 400, "levels estimated on the 400 respondents");

var page = Path.Combine(output, "skills-dsi.html");
estimate.SaveHtml(page, overwrite: true);
Console.WriteLine($"{loaded.Value!.Count} respondents -> {page}");

static void Expect(bool condition, string what) { if (!condition) throw new InvalidOperationException("Unexpected: " + what); }
static string Repo()
{
    var d = new DirectoryInfo(Directory.GetCurrentDirectory());
    while (d is not null && !File.Exists(Path.Combine(d.FullName, "Inclusion.sln"))) d = d.Parent;
    return d?.FullName ?? throw new InvalidOperationException("Run from the repository (the folder of Inclusion.sln or below).");
}

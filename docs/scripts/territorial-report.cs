#:package Inclusion.Sdk@0.1.0
// Territories: the whole territorial report of docs/samples/report/report.json as one self-contained HTML page, as
// 'inclusion report --config docs/samples/report/report.json --out report.html' writes it.
// Run from the repository: dotnet run docs/scripts/territorial-report.cs [output folder]
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Presentation;

var repo = Repo();
var output = Directory.CreateDirectory(args.Length > 0 ? args[0] : Path.Combine(repo, "artifacts", "scripts")).FullName;

var settings = TerritorialReportFile.Load(Path.Combine(repo, "docs", "samples", "report", "report.json"));
Expect(settings.IsValid, "the sample settings are valid");
var report = TerritorialReport.Build(settings.Value!);
Expect(!report.DataQuality.Issues.Any(i => i.RuleCode == "report.section-unavailable"), "every section computed");

var page = Path.Combine(output, "territorial-report.html");
report.Save(page, overwrite: true);
Console.WriteLine($"{settings.Value!.Territory} -> {page}");

static void Expect(bool condition, string what) { if (!condition) throw new InvalidOperationException("Unexpected: " + what); }
static string Repo()
{
    var d = new DirectoryInfo(Directory.GetCurrentDirectory());
    while (d is not null && !File.Exists(Path.Combine(d.FullName, "Inclusion.sln"))) d = d.Parent;
    return d?.FullName ?? throw new InvalidOperationException("Run from the repository (the folder of Inclusion.sln or below).");
}

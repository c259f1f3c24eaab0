#:package Inclusion.Sdk@0.1.0
// Integrators: validate a file of the national standard « lieux de médiation numérique » and save the report as an
// HTML page. Run from the repository: dotnet run docs/scripts/validate-places.cs [output folder]
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Presentation;
using Inclusion.Sdk.Reporting;

var repo = Repo();
var output = Directory.CreateDirectory(args.Length > 0 ? args[0] : Path.Combine(repo, "artifacts", "scripts")).FullName;
var input = Path.Combine(repo, "docs", "samples", "lieux-a-corriger.csv");

var issues = new ValidationReportBuilder();
var summary = MediationPlaceFile.Validate(input, issues);
var report = issues.Build(Path.GetFileName(input));
Expect(summary.RowCount > 0 && report.ErrorCount > 0, "the sample to correct has rows and errors");

var page = Path.Combine(output, "validate-places.html");
report.SaveHtml(page, new HtmlOptions { Language = MessageLanguage.French }, overwrite: true);
Console.WriteLine($"{summary.RowCount} rows, {report.ErrorCount} errors, {report.WarningCount} warnings -> {page}");

static void Expect(bool condition, string what) { if (!condition) throw new InvalidOperationException("Unexpected: " + what); }
static string Repo()
{
    var d = new DirectoryInfo(Directory.GetCurrentDirectory());
    while (d is not null && !File.Exists(Path.Combine(d.FullName, "Inclusion.sln"))) d = d.Parent;
    return d?.FullName ?? throw new InvalidOperationException("Run from the repository (the folder of Inclusion.sln or below).");
}

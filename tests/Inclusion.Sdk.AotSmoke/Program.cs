using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Serialization;

// Exercises the library under Native AOT: parsing, reports and source-generated JSON. Exit code 0 means every check held.
var failures = 0;
void Check(bool condition, string what)
{
    if (!condition)
    {
        Console.Error.WriteLine("FAILED: " + what);
        failures++;
    }
}

var report = ValidationReport.Create(
[
    new ValidationIssue("siret.checksum", Severity.Error, "Wrong check digit.", "Clé de contrôle fausse.", "73282932000079", new IssueLocation("a.csv", 2, 1, "pivot")),
]);
var json = InclusionJson.Serialize(report);
var back = InclusionJson.DeserializeValidationReport(json);
Check(back.ErrorCount == 1 && back.Issues[0].Location.Row == 2, "report JSON round trip");

Console.WriteLine(failures == 0 ? "AOT smoke: OK" : $"AOT smoke: {failures} failure(s)");
return failures == 0 ? 0 : 1;

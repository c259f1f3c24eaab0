using Inclusion.Sdk.Files;
using System.Text;
using Inclusion.Sdk.Places;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.AotSmoke;

/// <summary>Places: embedded schemas, CSV and JSON reading, Windows-1252 detection, fix mode and report writers under AOT.</summary>
internal static class PlacesSmoke
{
    private const string Row = "structure-1,43493312300029,Anonymal,Reims,51100,51454,12 BIS RUE DE LECLERCQ,,49.25,4.03,TIERS_LIEUX|ASSO,01 80 05 98 80,contact@exemple.fr,https://www.exemple.fr/,\"Mo-Fr 9h-12h\",Résumé,,Hubik,Itinérant,,2026-01-02,Loisirs et créations numériques,Jeunes,Surdité,Gratuit,Conseillers numériques,Étapes numériques (La Poste),,Ce lieu n’accueille pas de public,En autonomie,,";

    internal static void Run(SmokeCheck check)
    {
        check.That(PlacesVocabulary.AllowedValues("services").Count == 9, "v1.0.2 schema embedded");
        check.That(PlacesVocabulary.Columns(PlacesSchemaVersion.V0).Count == 29, "v0.1.1 schema embedded");

        var text = string.Join(',', PlacesVocabulary.Columns(PlacesSchemaVersion.V1)) + "\n" + Row + "\n";
        var output = new StringWriter();
        var issues = new ValidationReportBuilder();
        var result = MediationPlaceFile.Fix(new MemoryStream(Encoding.UTF8.GetBytes(text)), output, issues);
        check.That(result.IsValid && result.RowCount == 1 && result.ChangeCount == 4, "fix mode");
        check.That(output.ToString().Contains("+33180059880,", StringComparison.Ordinal) && output.ToString().Contains("Mo-Fr 09:00-12:00", StringComparison.Ordinal), "fixed CSV");

        var latin = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);
        var encoding = MediationPlaceFile.Load(new MemoryStream(latin));
        check.That(encoding.Report.Issues.Any(i => i.RuleCode == "file.encoding"), "Windows-1252 detected");

        var json = "[{\"id\":\"a\",\"pivot\":\"43493312300029\",\"nom\":\"N\",\"commune\":\"Reims\",\"code_postal\":\"51100\",\"adresse\":\"1 rue\",\"latitude\":49.25,\"longitude\":4.03,\"date_maj\":\"2026-01-02\",\"services\":[\"Accès internet et matériel informatique\"]}]";
        var places = MediationPlaceFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), new ValidationReportBuilder()).Select(r => r.Place).OfType<MediationPlace>().ToList();
        check.That(places.Count == 1 && places[0].Services.Count == 1, "JSON places");

        var csv = new StringWriter();
        ValidationReportWriter.WriteCsv(issues.Build(), csv);
        check.That(csv.ToString().StartsWith(ValidationReportWriter.CsvHeader, StringComparison.Ordinal), "CSV report");
    }
}

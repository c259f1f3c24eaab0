using System.CommandLine;
using Inclusion.Sdk;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Cli;

/// <summary><c>inclusion check &lt;kind&gt; &lt;value&gt;</c>: parses one identifier and prints OK with its normalised form, or the rule broken.</summary>
internal static class CheckCommand
{
    private static readonly (string Name, string Description, Func<string, CheckOutcome> Check)[] Kinds =
    [
        ("siret", "SIRET establishment number (14 digits, Luhn; La Poste rule)", Check<Siret>),
        ("siren", "SIREN legal-unit number (9 digits, Luhn)", Check<Siren>),
        ("rna", "RNA association number (W + 9 characters)", Check<Rna>),
        ("ridet", "RIDET establishment number of New Caledonia (10 digits)", Check<Ridet>),
        ("commune", "INSEE COG commune code (2A/2B Corsica, 97x/98x overseas)", Check<CommuneCode>),
        ("postal", "postal code (5 digits)", Check<PostalCode>),
        ("departement", "département code (01–95, 2A, 2B, 971–976)", Check<DepartementCode>),
        ("region", "région code (the 18 current codes)", Check<RegionCode>),
        ("epci", "EPCI SIREN (9 digits, Luhn)", Check<EpciCode>),
        ("iris", "INSEE IRIS code (commune code + 4 digits)", Check<IrisCode>),
        ("qpv", "QPV code (2015 QP… or 2024 QN…)", Check<QpvCode>),
    ];

    internal static Command Create(Option<string> language, TextWriter output)
    {
        var command = new Command("check", "Check one identifier or code and print its normalised form, or the rule it breaks. Exit code 0 valid, 1 invalid.");
        foreach (var (name, description, check) in Kinds)
        {
            var value = new Argument<string>("value") { Description = "The value to check (quote it if it contains spaces)." };
            var sub = new Command(name, "Check a " + description + ".");
            sub.Arguments.Add(value);
            sub.SetAction(parseResult =>
            {
                var outcome = check(parseResult.GetValue(value) ?? string.Empty);
                return Print(outcome, CliApp.LanguageOf(parseResult, language), output);
            });
            command.Subcommands.Add(sub);
        }

        return command;
    }

    private static CheckOutcome Check<T>(string text)
        where T : struct, IIdentifier<T>
    {
        var result = T.Parse(text);
        return new CheckOutcome(result.Success ? result.Value.ToString() : null, result.Issues);
    }

    private static int Print(CheckOutcome outcome, MessageLanguage language, TextWriter output)
    {
        if (outcome.Normalised is not null)
        {
            output.WriteLine("OK " + outcome.Normalised);
        }

        foreach (var issue in outcome.Issues)
        {
            output.WriteLine(issue.ToString(language));
        }

        return outcome.Normalised is null ? CliApp.ExitInvalid : CliApp.ExitOk;
    }

    private sealed record CheckOutcome(string? Normalised, IReadOnlyList<ValidationIssue> Issues);
}

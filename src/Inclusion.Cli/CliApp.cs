using System.CommandLine;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Cli;

/// <summary>The command tree of the <c>inclusion</c> tool, runnable in process (tests pass their own writers).</summary>
internal static class CliApp
{
    /// <summary>Exit code of a successful run, or of a valid value.</summary>
    internal const int ExitOk = 0;

    /// <summary>Exit code when the input is invalid (a value or file breaks a rule).</summary>
    internal const int ExitInvalid = 1;

    /// <summary>Exit code for a usage error (unknown command or option, missing argument) or unreadable input.</summary>
    internal const int ExitUsage = 2;

    internal static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var language = new Option<string>("--lang")
        {
            Description = "Language of messages: en (default) or fr.",
            DefaultValueFactory = _ => "en",
            Recursive = true,
        };
        language.AcceptOnlyFromAmong("en", "fr");

        var root = new RootCommand("inclusion — validate identifiers and data files of French digital-inclusion programmes (Inclusion.Sdk).");
        root.Options.Add(language);
        root.Subcommands.Add(CheckCommand.Create(language, output));
        root.Subcommands.Add(SkillsCommand.Create(language, output, error));
        root.Subcommands.Add(VouchersCommand.Create(language, output, error));
        root.Subcommands.Add(PlanCommand.Create(language, output, error));
        root.Subcommands.Add(ActivitiesCommand.Create(language, output, error));
        root.Subcommands.Add(IndexCommand.Create(language, output, error));
        root.Subcommands.Add(OfferCommand.Create(language, output, error));
        root.Subcommands.Add(ValidateCommand.Create(language, output, error));
        root.Subcommands.Add(HoursCommand.Create(language, output, error));

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            error.WriteLine("Run 'inclusion --help' for usage.");
            return ExitUsage;
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    internal static MessageLanguage LanguageOf(ParseResult parseResult, Option<string> language) =>
        parseResult.GetValue(language) == "fr" ? MessageLanguage.French : MessageLanguage.English;
}

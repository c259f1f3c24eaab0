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

    /// <summary>
    /// Exit code of <c>inclusion hours</c> when the value was repaired: not valid as written (free text such as
    /// <c>9h30 - 18h</c>) but read unambiguously; the canonical value is printed.
    /// </summary>
    internal const int ExitRepaired = 3;

    /// <summary>Exit code of an internal error (a bug of the tool, never a verdict on the data): EX_SOFTWARE of sysexits.h.</summary>
    internal const int ExitInternalError = 70;

    /// <summary>Where internal errors are reported.</summary>
    internal const string IssueTracker = "https://github.com/inclusion-sdk/inclusion-sdk/issues";

    internal static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = BuildRoot(output, error);
        var language = (Option<string>)root.Options.First(o => o.Name == "--lang");
        var verbose = (Option<bool>)root.Options.First(o => o.Name == "--verbose");
        var parseResult = root.Parse(args);
        var languageTokens = parseResult.GetResult(language)?.Tokens;
        var fr = languageTokens is { Count: > 0 } && languageTokens[^1].Value == "fr"; // read even when another value is invalid
        var problems = parseResult.Errors.Select(e => e.Message).Concat(UnknownOptions(parseResult, fr)).ToList();
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                error.WriteLine(problem);
            }

            error.WriteLine(fr ? "Voir 'inclusion --help' pour l'usage." : "Run 'inclusion --help' for usage.");
            if (AsksForJson(parseResult))
            {
                // --format json promises one JSON document on standard output, a refused command line included.
                using var json = new Inclusion.Sdk.Files.JsonReportWriter(output, null, null, indented: true);
                foreach (var problem in problems)
                {
                    json.Add(new ValidationIssue("cli.usage", Severity.Error, problem, problem));
                }

                json.Complete();
                output.WriteLine();
            }

            return ExitUsage;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of the tool, never a verdict on the data: its own exit code and one line, the stack only on request.
            error.WriteLine(fr
                ? $"inclusion : erreur interne ({e.GetType().Name} : {e.Message}). Merci de la signaler sur {IssueTracker} avec la ligne de commande{(parseResult.GetValue(verbose) ? "." : " (--verbose affiche le détail).")}"
                : $"inclusion: internal error ({e.GetType().Name}: {e.Message}). Please report it at {IssueTracker} with the command line{(parseResult.GetValue(verbose) ? "." : " (--verbose shows the details).")}");
            if (parseResult.GetValue(verbose))
            {
                error.WriteLine(e.ToString());
            }

            return ExitInternalError;
        }
    }

    /// <summary>The command tree: every command with its options, writing to <paramref name="output"/> and <paramref name="error"/>.</summary>
    internal static RootCommand BuildRoot(TextWriter output, TextWriter error)
    {
        var language = new Option<string>("--lang")
        {
            Description = "Language of messages: en (default) or fr.",
            DefaultValueFactory = _ => "en",
            Recursive = true,
        };
        language.AcceptOnlyFromAmong("en", "fr");
        var verbose = new Option<bool>("--verbose")
        {
            Description = "Print the details (stack trace) of an internal error.",
            Recursive = true,
        };

        var root = new RootCommand("inclusion — validate identifiers and data files of French digital-inclusion programmes (Inclusion.Sdk).");
        root.Options.Add(language);
        root.Options.Add(verbose);
        root.Subcommands.Add(CheckCommand.Create(language, output));
        root.Subcommands.Add(SkillsCommand.Create(language, output, error));
        root.Subcommands.Add(VouchersCommand.Create(language, output, error));
        root.Subcommands.Add(PlanCommand.Create(language, output, error));
        root.Subcommands.Add(ActivitiesCommand.Create(language, output, error));
        root.Subcommands.Add(IndexCommand.Create(language, output, error));
        root.Subcommands.Add(OfferCommand.Create(language, output, error));
        root.Subcommands.Add(ValidateCommand.Create(language, output, error));
        root.Subcommands.Add(HoursCommand.Create(language, output, error));
        root.Subcommands.Add(ReportCommand.Create(language, output, error));
        return root;
    }

    /// <summary>True when the command line asks the command for <c>--format json</c> (read even when it has errors).</summary>
    private static bool AsksForJson(ParseResult parseResult)
    {
        var format = parseResult.CommandResult.Command.Options.FirstOrDefault(o => o.Name == "--format");
        return format is not null && parseResult.GetResult(format)?.Tokens is { Count: > 0 } tokens && tokens[^1].Value == "json";
    }

    /// <summary>
    /// Tokens that look like options (<c>--formt</c>, <c>-x</c>) but were taken as argument values because a command
    /// accepts several arguments: a usage error, with the closest option as a suggestion. A lone <c>-</c> is standard
    /// input and a negative number is a value.
    /// </summary>
    private static IEnumerable<string> UnknownOptions(ParseResult parseResult, bool fr)
    {
        var known = parseResult.CommandResult.Command.Options.Concat(parseResult.RootCommandResult.Command.Options)
            .SelectMany(o => o.Aliases.Prepend(o.Name)).Distinct().ToArray();
        foreach (var token in parseResult.Tokens)
        {
            var text = token.Value;
            if (token.Type != System.CommandLine.Parsing.TokenType.Argument || text.Length < 2 || text[0] != '-'
                || char.IsAsciiDigit(text[1]) || (text[1] == '.' && text.Length > 2))
            {
                continue;
            }

            var closest = known.OrderBy(k => Distance(k, text)).FirstOrDefault();
            var hint = closest is not null && Distance(closest, text) <= 3 ? (fr ? $" Vouliez-vous dire '{closest}' ?" : $" Did you mean '{closest}'?") : string.Empty;
            yield return (fr ? $"Option inconnue : '{text}'." : $"Unknown option: '{text}'.") + hint;
        }
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    internal static MessageLanguage LanguageOf(ParseResult parseResult, Option<string> language) =>
        parseResult.GetValue(language) == "fr" ? MessageLanguage.French : MessageLanguage.English;
}

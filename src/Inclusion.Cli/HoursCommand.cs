using System.CommandLine;
using Inclusion.Sdk.Hours;
using Inclusion.Sdk.Reporting;
using NodaTime;
using NodaTime.Text;

namespace Inclusion.Cli;

/// <summary>
/// <c>inclusion hours "&lt;value&gt;" [--at &lt;instant&gt;]</c>: parses an OpenStreetMap opening_hours value, prints its
/// canonical form (or the error with its position and suggestion), and with <c>--at</c> whether the place is open then,
/// the next change and the open hours of that week (Europe/Paris). The three verdicts of <see cref="OpeningHoursVerdict"/>:
/// exit code 0 valid as written (<c>OK</c>), 3 repaired (<c>REPAIRED</c>, the canonical value then the warnings), 1 invalid;
/// 2 usage error.
/// </summary>
internal static class HoursCommand
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    internal static Command Create(Option<string> language, TextWriter output, TextWriter error)
    {
        var value = new Argument<string>("value") { Description = "The opening_hours value, e.g. \"Mo-Fr 09:00-12:00,14:00-18:00; PH off\" (quote it)." };
        var at = new Option<string?>("--at") { Description = "An instant (2024-05-01T10:00:00Z) or a local Paris date-time (2024-05-01T12:00) at which to evaluate the hours." };
        var command = new Command("hours", "Check an OpenStreetMap opening_hours value, print its canonical form and, with --at, whether it is open then. Exit code 0 valid as written, 3 repaired (free text converted: the canonical value is printed), 1 invalid.");
        command.Arguments.Add(value);
        command.Options.Add(at);
        command.SetAction(parseResult => Run(parseResult.GetValue(value) ?? string.Empty, parseResult.GetValue(at), new CommandRun(parseResult, language, output, error)));
        return command;
    }

    private static int Run(string text, string? atText, CommandRun run)
    {
        var (fr, language, output) = (run.French, run.Language, run.Output);
        Instant? at = null;
        if (atText is not null)
        {
            at = ParseInstant(atText);
            if (at is null)
            {
                return run.Usage(
                    $"--at: \"{atText}\" is neither an ISO instant (2024-05-01T10:00:00Z) nor a local date-time (2024-05-01T12:00).",
                    $"--at : « {atText} » n'est ni un instant ISO (2024-05-01T10:00:00Z) ni une date-heure locale (2024-05-01T12:00).");
            }
        }

        var result = OpeningHours.Parse(text);
        if (!result.Success)
        {
            output.WriteLine(result.Error!.ToString(language));
            return CliApp.ExitInvalid;
        }

        var hours = result.Value;
        var verdict = OpeningHours.VerdictOf(result);
        output.WriteLine((verdict == OpeningHoursVerdict.Repaired ? (fr ? "RÉPARÉ " : "REPAIRED ") : "OK ") + hours);
        foreach (var warning in result.Warnings)
        {
            output.WriteLine(warning.ToString(language));
        }

        if (at is { } instant)
        {
            var local = instant.InZone(Paris);
            var state = hours.GetState(instant);
            output.WriteLine(FormattableString.Invariant($"{LocalDateTimePattern.GeneralIso.Format(local.LocalDateTime)} Europe/Paris: {StateWord(state, fr)}"));
            if (hours.NextChange(instant) is { } next)
            {
                var nextLocal = next.InZone(Paris).LocalDateTime;
                output.WriteLine((fr ? "prochain changement : " : "next change: ") + LocalDateTimePattern.GeneralIso.Format(nextLocal));
            }

            var monday = local.Date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
            var duration = hours.WeeklyOpenDuration(monday);
            output.WriteLine(FormattableString.Invariant($"{(fr ? "ouverture la semaine du " : "open in the week of ")}{LocalDatePattern.Iso.Format(monday)}: {(long)duration.TotalHours}h{duration.Minutes:00}"));
        }

        return verdict == OpeningHoursVerdict.Repaired ? CliApp.ExitRepaired : CliApp.ExitOk;
    }

    private static string StateWord(OpeningHoursState state, bool fr) => state switch
    {
        OpeningHoursState.Open => fr ? "ouvert" : "open",
        OpeningHoursState.Closed => fr ? "fermé" : "closed",
        _ => fr ? "inconnu" : state.ToString().ToLowerInvariant(),
    };

    private static Instant? ParseInstant(string text)
    {
        var instant = InstantPattern.ExtendedIso.Parse(text);
        if (instant.Success)
        {
            return instant.Value;
        }

        var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (offset.Success)
        {
            return offset.Value.ToInstant();
        }

        foreach (var pattern in (LocalDateTimePattern[])[LocalDateTimePattern.ExtendedIso, LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm")])
        {
            var local = pattern.Parse(text);
            if (local.Success)
            {
                return local.Value.InZoneLeniently(Paris).ToInstant();
            }
        }

        return null;
    }
}

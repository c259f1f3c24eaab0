using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Strategy;
using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Reads a plan file (JSON, schema in docs/programme-managers.md § Plan file) into a <see cref="TerritorialStrategy"/>.
/// </summary>
/// <remarks>
/// <para>Reading is strict: malformed JSON (<c>file.json.malformed</c>), a duplicate key
/// (<c>file.json.duplicate-key</c>), content after the document (<c>file.json.trailing-content</c>), an unknown or
/// missing member, a number written as a string or a null (<c>plan.schema</c>) are errors. The document is then
/// validated as a whole (every <c>plan.*</c> rule of docs/rules.md, each issue located by JSON path, line and column)
/// before the strategy is built; a strategy is returned only when there is no error.</para>
/// <para>Never throws for bad content. This class is stateless and thread-safe.</para>
/// </remarks>
public static class PlanFile
{
    /// <summary>Reads a plan from a stream of bytes (UTF-8, with or without byte-order mark), read once.</summary>
    /// <param name="input">The stream.</param>
    /// <param name="options">The source name and issue cap, or <see langword="null"/> for the defaults.</param>
    /// <returns>The strategy when the file is valid, and the located report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    public static LoadResult<TerritorialStrategy> Load(Stream input, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(input);
        options ??= ReadOptions.Default;
        var source = options.Source;
        var report = options.NewReport();
        var strategy = Read(input, source, report);
        var built = report.Build(source);
        return strategy is not null && built.IsValid ? LoadResult<TerritorialStrategy>.Of(strategy, built) : LoadResult<TerritorialStrategy>.None(built);
    }

    /// <summary>Reads a plan file.</summary>
    /// <param name="path">The file's path; its file name is the source of locations unless <paramref name="options"/> sets one.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The strategy when the file is valid, and the located report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened.</exception>
    public static LoadResult<TerritorialStrategy> Load(string path, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream, ReadOptions.ForPath(options, path));
    }

    private static TerritorialStrategy? Read(Stream input, string? source, ValidationReportBuilder report)
    {
        if (JsonDocumentInput.Read(input, source, report) is not var (utf8, index))
        {
            return null;
        }

        if (JsonDocumentInput.Deserialize(utf8, InclusionJsonContext.Default.PlanDocument, StrategyRules.PlanSchema, source, report) is not { } document)
        {
            return null;
        }

        var validation = PlanDocumentValidator.Instance.Validate(document);
        DocumentRules.Report(validation, StrategyRules.PlanSchema, index, source, report);
        if (!validation.IsValid)
        {
            return null;
        }

        try
        {
            return Build(document);
        }
        catch (ArgumentException e)
        {
            // Every guard has a plan.* rule above; this is the second line of defence, so that a file never throws.
            report.Add(StrategyRules.PlanSchema.Issue(e.Message, location: new IssueLocation(source, null, null, "$")));
            return null;
        }
    }

    /// <summary>Builds the strategy of a document that passed <see cref="PlanDocumentValidator"/>.</summary>
    private static TerritorialStrategy Build(PlanDocument d)
    {
        var axes = new Dictionary<string, StrategyAxis>(StringComparer.Ordinal);
        foreach (var axis in StrategyAxis.BuiltIn)
        {
            axes[axis.Code] = axis;
        }

        foreach (var custom in d.CustomAxes ?? [])
        {
            var dot = custom.Code.LastIndexOf('.');
            axes[custom.Code] = new StrategyAxis(custom.Code, custom.Name.Trim(), dot > 0 ? axes[custom.Code[..dot]] : null);
        }

        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var a in d.Actors)
        {
            var roles = a.Roles.Aggregate(ActorRoles.None, (all, r) => all | PlanDocumentValidator.Find(r, PlanDocumentValidator.Roles)!.Value);
            actors[a.Id.Trim()] = new Actor(a.Id, a.Name, roles, a.Pivot is null ? null : PivotIdentifier.Parse(a.Pivot).Value);
        }

        Actor ActorOf(string id) => actors[id.Trim()];

        var objectives = d.Objectives.Select(o =>
        {
            var indicator = IndicatorReference.FindKnown(o.Indicator)
                ?? IndicatorReference.UserDefined(o.Indicator, o.Unit is null ? IndicatorUnit.Value : PlanDocumentValidator.Find(o.Unit, PlanDocumentValidator.Units)!.Value);
            return new Objective(
                o.Id, o.Title, axes[o.Axis], PlanDocumentValidator.Find(o.Term, PlanDocumentValidator.Terms)!.Value, indicator,
                PlanDocumentValidator.Find(o.Direction, PlanDocumentValidator.Directions)!.Value, o.Baseline.Value, o.Baseline.Date, o.Target.Value, o.Target.Deadline);
        }).ToList();

        var p = d.ActionPlan;
        var actions = p.Actions.Select(a => new PlanAction(
            a.Id,
            a.Title,
            axes[a.Axis],
            ActorOf(a.Lead),
            Interval(a.Schedule),
            Money.FromEuros(a.Budget),
            (a.Funding ?? []).Select(l => new FundingLine(
                PlanDocumentValidator.Find(l.Source, PlanDocumentValidator.Sources)!.Value,
                Money.FromEuros(l.Planned),
                Money.FromEuros(l.Committed),
                Money.FromEuros(l.Spent),
                l.Funder is null ? null : ActorOf(l.Funder),
                l.Programme)),
            (a.Partners ?? []).Select(ActorOf),
            a.Objectives is { Count: > 0 } served ? served : null)).ToList();
        var plan = new ActionPlan(PlanDocumentValidator.Find(p.Kind, PlanDocumentValidator.PlanKinds)!.Value, Interval(p.Period), actions);

        var g = d.Governance;
        var governance = new Governance(
            ActorOf(g.Coordinator),
            (g.Members ?? []).Select(m => new GovernanceMember(ActorOf(m.Actor), PlanDocumentValidator.Find(m.Role, PlanDocumentValidator.GovernanceRoles)!.Value)),
            (g.Meetings ?? []).Select(m => new GovernanceMeeting(m.Date, m.Purpose.Trim(), m.Attendees)),
            (g.Trainings ?? []).Select(t => new PartnerTraining(t.Date, t.Title.Trim(), t.Participants)),
            (g.Watch ?? []).Select(w => new WatchResource(w.Title.Trim(), w.UpdatedOn, w.Url)));
        var commitments = (d.Commitments ?? []).Select(c => new Commitment(
            ActorOf(c.Actor), PlanDocumentValidator.Find(c.Kind, PlanDocumentValidator.CommitmentKinds)!.Value, c.Title.Trim(), c.SignedOn, c.EndsOn));

        var level = PlanDocumentValidator.Find(d.Territory.Level, PlanDocumentValidator.Levels)!.Value;
        return new TerritorialStrategy(
            d.Name.Trim(),
            TerritoryId.Parse(level, d.Territory.Code).Value,
            Interval(d.Period),
            d.Axes.Select(code => axes[code]),
            objectives,
            plan,
            governance,
            commitments,
            d.Diagnostic);
    }

    private static DateInterval Interval(PlanPeriod p) => new(p.Start, p.End);
}

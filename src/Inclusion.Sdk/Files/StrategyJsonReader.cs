using System.Globalization;
using System.Text.Json;
using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Strategy;
using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Files;

/// <summary>Reads a plan file: strict deserialisation, then every model invariant checked as a located issue before
/// the model is built, so that a bad file gives a report and never an exception.</summary>
internal sealed class StrategyJsonReader
{
    private static readonly (string Name, TerritoryLevel Value)[] Levels =
    [
        ("iris", TerritoryLevel.Iris), ("qpv", TerritoryLevel.Qpv), ("commune", TerritoryLevel.Commune), ("epci", TerritoryLevel.Epci),
        ("departement", TerritoryLevel.Departement), ("region", TerritoryLevel.Region), ("country", TerritoryLevel.Country),
    ];

    private static readonly (string Name, ActorRoles Value)[] Roles =
    [
        ("funder", ActorRoles.Funder), ("distributor", ActorRoles.Distributor), ("mediation-provider", ActorRoles.MediationProvider),
        ("resource-centre", ActorRoles.ResourceCentre), ("network", ActorRoles.Network), ("local-authority", ActorRoles.LocalAuthority),
        ("operator", ActorRoles.Operator), ("commanditaire", ActorRoles.Commanditaire),
    ];

    private static readonly (string Name, ObjectiveTerm Value)[] Terms =
        [("short", ObjectiveTerm.ShortTerm), ("medium", ObjectiveTerm.MediumTerm), ("long", ObjectiveTerm.LongTerm)];

    private static readonly (string Name, ImprovementDirection Value)[] Directions =
        [("increase", ImprovementDirection.Increase), ("decrease", ImprovementDirection.Decrease)];

    private static readonly (string Name, IndicatorUnit Value)[] Units =
        [("value", IndicatorUnit.Value), ("percent", IndicatorUnit.Percent), ("count", IndicatorUnit.Count), ("euros", IndicatorUnit.Euros)];

    private static readonly (string Name, ActionPlanKind Value)[] PlanKinds =
        [("annual", ActionPlanKind.Annual), ("multi-year", ActionPlanKind.MultiYear)];

    private static readonly (string Name, FundingSource Value)[] Sources =
    [
        ("droit-commun", FundingSource.DroitCommun), ("european-funds", FundingSource.EuropeanFunds), ("foundation", FundingSource.Foundation),
        ("state-programme", FundingSource.StateProgramme), ("voucher-programme", FundingSource.VoucherProgramme), ("other", FundingSource.Other),
    ];

    private static readonly (string Name, GovernanceRole Value)[] GovernanceRoles =
    [
        ("coordination", GovernanceRole.Coordination), ("steering", GovernanceRole.Steering), ("technical", GovernanceRole.Technical),
        ("funding", GovernanceRole.Funding), ("evaluation", GovernanceRole.Evaluation), ("watch", GovernanceRole.Watch), ("expertise", GovernanceRole.Expertise),
    ];

    private static readonly (string Name, CommitmentKind Value)[] CommitmentKinds =
    [
        ("charter", CommitmentKind.Charter), ("territorial-contract", CommitmentKind.TerritorialContract),
        ("convention", CommitmentKind.Convention), ("other", CommitmentKind.Other),
    ];

    private readonly string? source;
    private readonly JsonLineIndex index;
    private readonly ValidationReportBuilder report = new(maxStoredIssuesPerRule: 200);
    private readonly Dictionary<string, StrategyAxis> knownAxes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StrategyAxis> retained = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Actor> actors = new(StringComparer.Ordinal);
    private readonly HashSet<string> objectiveIds = new(StringComparer.Ordinal);

    private StrategyJsonReader(string? source, JsonLineIndex index)
    {
        this.source = source;
        this.index = index;
    }

    internal static StrategyLoadResult Read(byte[] utf8, string? source)
    {
        var span = utf8.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = span[3..].ToArray();
        }

        var reader = new StrategyJsonReader(source, JsonLineIndex.Build(utf8));
        return reader.Run(utf8);
    }

    private StrategyLoadResult Run(byte[] utf8)
    {
        PlanDocument? document = null;
        if (utf8.AsSpan().Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']).IsEmpty)
        {
            report.Add(StrategyRules.PlanSyntax.Issue("the file is empty.", location: new IssueLocation(source, 1, null, "$")));
        }
        else
        {
            try
            {
                document = JsonSerializer.Deserialize(utf8, InclusionJsonContext.Default.PlanDocument);
                if (document is null)
                {
                    report.Add(StrategyRules.PlanSchema.Issue("the document is null; an object was expected.", location: new IssueLocation(source, 1, 1, "$")));
                }
            }
            catch (JsonException e)
            {
                // The deserialiser re-throws reader (syntax) errors as a JsonException whose inner exception is the reader's.
                var rule = e.GetType() != typeof(JsonException) || e.InnerException is JsonException ? StrategyRules.PlanSyntax : StrategyRules.PlanSchema;
                var location = new IssueLocation(source, e.LineNumber + 1, e.BytePositionInLine is { } b ? (int)b + 1 : null, e.Path);
                report.Add(rule.Issue(CleanMessage(e.Message), location: location));
            }
        }

        TerritorialStrategy? strategy = null;
        if (document is not null)
        {
            strategy = Build(document);
        }

        return new StrategyLoadResult(report.ErrorCount == 0 ? strategy : null, report.Build(source));
    }

    private static string CleanMessage(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private TerritorialStrategy? Build(PlanDocument d)
    {
        var name = Text(d.Name, "$.name");
        var territory = Territory(d.Territory, "$.territory");
        var period = Period(d.Period, "$.period");
        DefineAxes(d);
        foreach (var (actor, i) in d.Actors.Select((a, i) => (a, i)))
        {
            ReadActor(actor, $"$.actors[{i}]");
        }

        var objectives = new List<Objective>();
        var units = new Dictionary<string, IndicatorUnit>(StringComparer.Ordinal);
        for (var i = 0; i < d.Objectives.Count; i++)
        {
            if (ReadObjective(d.Objectives[i], $"$.objectives[{i}]", units) is { } objective)
            {
                objectives.Add(objective);
            }
        }

        var plan = ReadPlan(d.ActionPlan, "$.actionPlan");
        var governance = ReadGovernance(d.Governance, "$.governance");
        var commitments = new List<Commitment>();
        for (var i = 0; i < (d.Commitments?.Count ?? 0); i++)
        {
            if (ReadCommitment(d.Commitments![i], $"$.commitments[{i}]") is { } commitment)
            {
                commitments.Add(commitment);
            }
        }

        if (report.ErrorCount > 0 || name is null || territory is null || period is null || plan is null || governance is null)
        {
            return null;
        }

        try
        {
            var axes = d.Axes.Select(code => retained[code]).ToArray();
            return new TerritorialStrategy(name, territory.Value, period, axes, objectives, plan, governance, commitments, d.Diagnostic);
        }
        catch (ArgumentException e)
        {
            // Every guard has a rule above; this is a safety net so that a file never throws.
            report.Add(StrategyRules.PlanSchema.Issue(e.Message, location: Where("$")));
            return null;
        }
    }

    private void DefineAxes(PlanDocument d)
    {
        foreach (var axis in StrategyAxis.BuiltIn)
        {
            knownAxes[axis.Code] = axis;
        }

        for (var i = 0; i < (d.CustomAxes?.Count ?? 0); i++)
        {
            var custom = d.CustomAxes![i];
            var path = $"$.customAxes[{i}]";
            var axisName = Text(custom.Name, path + ".name");
            if (!StrategyAxis.IsValidCode(custom.Code))
            {
                report.Add(StrategyRules.PlanInvalidCode.Issue(custom.Code, location: Where(path + ".code")));
                continue;
            }

            if (knownAxes.ContainsKey(custom.Code))
            {
                report.Add(StrategyRules.PlanDuplicateId.Issue(custom.Code, location: Where(path + ".code")));
                continue;
            }

            var dot = custom.Code.LastIndexOf('.');
            StrategyAxis? parent = null;
            if (dot > 0 && !knownAxes.TryGetValue(custom.Code[..dot], out parent))
            {
                report.Add(StrategyRules.PlanUnknownReference.Issue(custom.Code[..dot], location: Where(path + ".code"), extra: ["axis"]));
                continue;
            }

            if (axisName is not null)
            {
                knownAxes[custom.Code] = new StrategyAxis(custom.Code, axisName, parent);
            }
        }

        for (var i = 0; i < d.Axes.Count; i++)
        {
            var code = d.Axes[i];
            var path = $"$.axes[{i}]";
            if (!knownAxes.TryGetValue(code, out var axis))
            {
                report.Add(StrategyRules.PlanUnknownValue.Issue(code, ClosestMatch.Find(code, knownAxes.Keys), [.. knownAxes.Keys], Where(path)));
            }
            else if (!retained.TryAdd(code, axis))
            {
                report.Add(StrategyRules.PlanDuplicateId.Issue(code, location: Where(path)));
            }
        }

        for (var i = 0; i < d.Axes.Count; i++)
        {
            if (retained.TryGetValue(d.Axes[i], out var axis) && axis.Parent is { } parent && !retained.ContainsKey(parent.Code))
            {
                report.Add(StrategyRules.PlanAxisParent.Issue(axis.Code, parent.Code, location: Where($"$.axes[{i}]"), extra: [parent.Code]));
            }
        }
    }

    private void ReadActor(PlanActor a, string path)
    {
        var id = Text(a.Id, path + ".id");
        var name = Text(a.Name, path + ".name");
        var roles = ActorRoles.None;
        for (var i = 0; i < a.Roles.Count; i++)
        {
            roles |= Choice(a.Roles[i], $"{path}.roles[{i}]", Roles) ?? ActorRoles.None;
        }

        if (a.Roles.Count == 0)
        {
            report.Add(StrategyRules.PlanActorRole.Issue(a.Id, location: Where(path + ".roles"), extra: ["an actor has at least one role."]));
        }

        PivotIdentifier? pivot = null;
        if (a.Pivot is not null)
        {
            var parsed = PivotIdentifier.Parse(a.Pivot);
            if (parsed.Success)
            {
                pivot = parsed.Value;
            }
            else
            {
                report.Add(StrategyRules.PlanActorRole.Issue(a.Id, location: Where(path + ".pivot"), extra: [parsed.Error!.MessageEn]));
            }
        }

        if (id is null)
        {
            return;
        }

        if (actors.ContainsKey(id))
        {
            report.Add(StrategyRules.PlanDuplicateId.Issue(id, location: Where(path + ".id")));
            return;
        }

        if (name is not null && roles != ActorRoles.None)
        {
            actors[id] = new Actor(id, name, roles, pivot);
        }
    }

    private Objective? ReadObjective(PlanObjective o, string path, Dictionary<string, IndicatorUnit> units)
    {
        var errors = report.ErrorCount;
        var id = UniqueId(o.Id, path + ".id", objectiveIds);

        var title = Text(o.Title, path + ".title");
        var axis = Axis(o.Axis, path + ".axis");
        var term = Choice(o.Term, path + ".term", Terms);
        var direction = Choice(o.Direction, path + ".direction", Directions);
        IndicatorUnit? unit = o.Unit is null ? null : Choice(o.Unit, path + ".unit", Units);
        IndicatorReference? indicator = null;
        if (!StrategyAxis.IsValidCode(o.Indicator))
        {
            report.Add(StrategyRules.PlanInvalidCode.Issue(o.Indicator, ClosestMatch.Find(o.Indicator, IndicatorReference.Known.Select(k => k.Id)), location: Where(path + ".indicator")));
        }
        else if (IndicatorReference.FindKnown(o.Indicator) is { } known)
        {
            if (unit is { } u && u != known.Unit)
            {
                report.Add(StrategyRules.PlanUnitMismatch.Issue(known.Id, location: Where(path + ".unit"), extra: [Name(known.Unit, Units), Name(u, Units)]));
            }

            indicator = known;
        }
        else
        {
            indicator = IndicatorReference.UserDefined(o.Indicator, unit ?? IndicatorUnit.Value);
        }

        if (indicator is not null && !units.TryAdd(indicator.Id, indicator.Unit) && units[indicator.Id] != indicator.Unit)
        {
            report.Add(StrategyRules.PlanUnitMismatch.Issue(indicator.Id, location: Where(path + ".unit"), extra: [Name(units[indicator.Id], Units), Name(indicator.Unit, Units)]));
        }

        if (indicator is not null)
        {
            if (!Objective.IsInRange(indicator.Unit, o.Baseline.Value))
            {
                report.Add(StrategyRules.PlanValueRange.Issue(Number(o.Baseline.Value), location: Where(path + ".baseline.value"), extra: [Name(indicator.Unit, Units)]));
            }

            if (!Objective.IsInRange(indicator.Unit, o.Target.Value))
            {
                report.Add(StrategyRules.PlanValueRange.Issue(Number(o.Target.Value), location: Where(path + ".target.value"), extra: [Name(indicator.Unit, Units)]));
            }
        }

        if (o.Target.Deadline <= o.Baseline.Date)
        {
            report.Add(StrategyRules.PlanDeadline.Issue(Date(o.Target.Deadline), location: Where(path + ".target.deadline"), extra: [Date(o.Baseline.Date)]));
        }

        if (direction is { } dir && (dir == ImprovementDirection.Increase ? o.Target.Value < o.Baseline.Value : o.Target.Value > o.Baseline.Value))
        {
            report.Add(StrategyRules.PlanDirection.Issue(Number(o.Target.Value), location: Where(path + ".target.value"), extra: [Number(o.Baseline.Value), Name(dir, Directions)]));
        }

        if (report.ErrorCount > errors || id is null || title is null || axis is null || term is null || direction is null || indicator is null)
        {
            return null;
        }

        return new Objective(id, title, axis, term.Value, indicator, direction.Value, o.Baseline.Value, o.Baseline.Date, o.Target.Value, o.Target.Deadline);
    }

    private ActionPlan? ReadPlan(PlanActionPlan p, string path)
    {
        var errors = report.ErrorCount;
        var kind = Choice(p.Kind, path + ".kind", PlanKinds);
        var period = Period(p.Period, path + ".period");
        if (kind == ActionPlanKind.Annual && period is not null && period.Length > ActionPlan.MaxAnnualDays)
        {
            report.Add(StrategyRules.PlanAnnualTooLong.Issue(period.Length.ToString(CultureInfo.InvariantCulture), location: Where(path + ".period")));
        }

        var actions = new List<PlanAction>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < p.Actions.Count; i++)
        {
            if (ReadAction(p.Actions[i], $"{path}.actions[{i}]", ids) is { } action)
            {
                actions.Add(action);
            }
        }

        return report.ErrorCount > errors || kind is null || period is null ? null : new ActionPlan(kind.Value, period, actions);
    }

    private PlanAction? ReadAction(PlanActionItem a, string path, HashSet<string> ids)
    {
        var errors = report.ErrorCount;
        var id = UniqueId(a.Id, path + ".id", ids);

        var title = Text(a.Title, path + ".title");
        var axis = Axis(a.Axis, path + ".axis");
        var lead = ActorRef(a.Lead, path + ".lead");
        var partners = new List<Actor>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { a.Lead };
        for (var i = 0; i < (a.Partners?.Count ?? 0); i++)
        {
            var partnerPath = $"{path}.partners[{i}]";
            if (ActorRef(a.Partners![i], partnerPath) is { } partner)
            {
                if (seen.Add(partner.Id))
                {
                    partners.Add(partner);
                }
                else
                {
                    report.Add(StrategyRules.PlanActorMismatch.Issue(partner.Id, location: Where(partnerPath)));
                }
            }
        }

        var schedule = Period(a.Schedule, path + ".schedule");
        var budget = Amount(a.Budget, path + ".budget");
        var objectives = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (a.Objectives?.Count ?? 0); i++)
        {
            var objective = a.Objectives![i];
            var objectivePath = $"{path}.objectives[{i}]";
            if (!objectiveIds.Contains(objective))
            {
                report.Add(StrategyRules.PlanUnknownReference.Issue(objective, ClosestMatch.Find(objective, objectiveIds), [.. objectiveIds], Where(objectivePath), extra: ["objective"]));
            }
            else if (!objectives.Add(objective))
            {
                report.Add(StrategyRules.PlanDuplicateId.Issue(objective, location: Where(objectivePath)));
            }
        }

        var lines = new List<FundingLine>();
        for (var i = 0; i < (a.Funding?.Count ?? 0); i++)
        {
            var line = a.Funding![i];
            var linePath = $"{path}.funding[{i}]";
            var sourceKind = Choice(line.Source, linePath + ".source", Sources);
            var funder = line.Funder is null ? null : ActorRef(line.Funder, linePath + ".funder");
            var planned = Amount(line.Planned, linePath + ".planned");
            var committed = Amount(line.Committed, linePath + ".committed");
            var spent = Amount(line.Spent, linePath + ".spent");
            if (sourceKind is { } k && planned is { } pl && committed is { } co && spent is { } sp && (line.Funder is null || funder is not null))
            {
                lines.Add(new FundingLine(k, pl, co, sp, funder, line.Programme));
            }
        }

        if (report.ErrorCount > errors || id is null || title is null || axis is null || lead is null || schedule is null || budget is null)
        {
            return null;
        }

        return new PlanAction(id, title, axis, lead, schedule, budget.Value, lines, partners, objectives.Count == 0 ? null : a.Objectives);
    }

    private Governance? ReadGovernance(PlanGovernance g, string path)
    {
        var errors = report.ErrorCount;
        var coordinator = ActorRef(g.Coordinator, path + ".coordinator");
        var members = new List<GovernanceMember>();
        var seen = new HashSet<(string, GovernanceRole)>();
        for (var i = 0; i < (g.Members?.Count ?? 0); i++)
        {
            var m = g.Members![i];
            var memberPath = $"{path}.members[{i}]";
            var actor = ActorRef(m.Actor, memberPath + ".actor");
            var role = Choice(m.Role, memberPath + ".role", GovernanceRoles);
            if (actor is not null && role is { } r)
            {
                if (seen.Add((actor.Id, r)))
                {
                    members.Add(new GovernanceMember(actor, r));
                }
                else
                {
                    report.Add(StrategyRules.PlanDuplicateId.Issue(actor.Id + "/" + m.Role, location: Where(memberPath)));
                }
            }
        }

        var meetings = new List<GovernanceMeeting>();
        for (var i = 0; i < (g.Meetings?.Count ?? 0); i++)
        {
            var m = g.Meetings![i];
            var meetingPath = $"{path}.meetings[{i}]";
            var purpose = Text(m.Purpose, meetingPath + ".purpose");
            var attendeesOk = Count(m.Attendees ?? 0, meetingPath + ".attendees");
            if (purpose is not null && attendeesOk)
            {
                meetings.Add(new GovernanceMeeting(m.Date, purpose, m.Attendees));
            }
        }

        var trainings = new List<PartnerTraining>();
        for (var i = 0; i < (g.Trainings?.Count ?? 0); i++)
        {
            var t = g.Trainings![i];
            var trainingPath = $"{path}.trainings[{i}]";
            var title = Text(t.Title, trainingPath + ".title");
            if (Count(t.Participants, trainingPath + ".participants") && title is not null)
            {
                trainings.Add(new PartnerTraining(t.Date, title, t.Participants));
            }
        }

        var watch = new List<WatchResource>();
        for (var i = 0; i < (g.Watch?.Count ?? 0); i++)
        {
            var w = g.Watch![i];
            if (Text(w.Title, $"{path}.watch[{i}].title") is { } title)
            {
                watch.Add(new WatchResource(title, w.UpdatedOn, w.Url));
            }
        }

        return report.ErrorCount > errors || coordinator is null ? null : new Governance(coordinator, members, meetings, trainings, watch);
    }

    private Commitment? ReadCommitment(PlanCommitment c, string path)
    {
        var actor = ActorRef(c.Actor, path + ".actor");
        var kind = Choice(c.Kind, path + ".kind", CommitmentKinds);
        var title = Text(c.Title, path + ".title");
        var endOk = c.EndsOn is null || c.EndsOn > c.SignedOn;
        if (!endOk)
        {
            report.Add(StrategyRules.PlanCommitmentEnd.Issue(Date(c.EndsOn!.Value), location: Where(path + ".endsOn"), extra: [Date(c.SignedOn)]));
        }

        return actor is null || kind is null || title is null || !endOk ? null : new Commitment(actor, kind.Value, title, c.SignedOn, c.EndsOn);
    }

    private TerritoryId? Territory(PlanTerritory t, string path) =>
        Choice(t.Level, path + ".level", Levels) is not { } level ? null : ParseTerritory(level, t.Code, path + ".code");

    private TerritoryId? ParseTerritory(TerritoryLevel level, string code, string path)
    {
        var parsed = TerritoryId.Parse(level, code);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        report.Add(StrategyRules.PlanTerritory.Issue(code, location: Where(path), extra: [parsed.Error!.MessageEn]));
        return null;
    }

    private StrategyAxis? Axis(string code, string path)
    {
        if (retained.TryGetValue(code, out var axis))
        {
            return axis;
        }

        if (knownAxes.ContainsKey(code))
        {
            report.Add(StrategyRules.PlanAxisNotRetained.Issue(code, location: Where(path)));
        }
        else
        {
            report.Add(StrategyRules.PlanUnknownValue.Issue(code, ClosestMatch.Find(code, retained.Keys), [.. retained.Keys], Where(path)));
        }

        return null;
    }

    private Actor? ActorRef(string id, string path)
    {
        if (actors.TryGetValue(id, out var actor))
        {
            return actor;
        }

        report.Add(StrategyRules.PlanUnknownReference.Issue(id, ClosestMatch.Find(id, actors.Keys), [.. actors.Keys], Where(path), extra: ["actor"]));
        return null;
    }

    private DateInterval? Period(PlanPeriod p, string path)
    {
        if (p.End < p.Start)
        {
            report.Add(StrategyRules.PlanPeriod.Issue(Date(p.Start), location: Where(path + ".end"), extra: [Date(p.End)]));
            return null;
        }

        return new DateInterval(p.Start, p.End);
    }

    private Money? Amount(decimal value, string path)
    {
        var money = Money.FromEuros(value);
        if (value < 0 || !money.IsWholeCents)
        {
            report.Add(StrategyRules.PlanAmount.Issue(Number(value), location: Where(path)));
            return null;
        }

        return money;
    }

    private bool Count(int value, string path)
    {
        if (value < 0)
        {
            report.Add(StrategyRules.PlanCount.Issue(value.ToString(CultureInfo.InvariantCulture), location: Where(path)));
            return false;
        }

        return true;
    }

    private string? UniqueId(string value, string path, HashSet<string> ids)
    {
        var id = Text(value, path);
        if (id is not null && !ids.Add(id))
        {
            report.Add(StrategyRules.PlanDuplicateId.Issue(id, location: Where(path)));
        }

        return id;
    }

    private string? Text(string value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            report.Add(StrategyRules.PlanBlank.Issue(path, location: Where(path)));
            return null;
        }

        return value.Trim();
    }

    private T? Choice<T>(string value, string path, (string Name, T Value)[] table)
        where T : struct
    {
        foreach (var (name, v) in table)
        {
            if (name == value)
            {
                return v;
            }
        }

        var names = table.Select(t => t.Name).ToArray();
        report.Add(StrategyRules.PlanUnknownValue.Issue(value, ClosestMatch.Find(value, names), names, Where(path)));
        return null;
    }

    private static string Name<T>(T value, (string Name, T Value)[] table)
        where T : struct, Enum => table.First(t => EqualityComparer<T>.Default.Equals(t.Value, value)).Name;

    private IssueLocation Where(string path)
    {
        var (line, column) = index.Find(path);
        return new IssueLocation(source, line, column, path);
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}

using System.Globalization;
using FluentValidation;
using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Strategy;
using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Validates a plan document (<see cref="PlanDocument"/>) before it becomes a <see cref="TerritorialStrategy"/>: every
/// rule of docs/rules.md § Strategy (<c>plan.*</c>) that a file can break, with the rule's code, severity and messages
/// (<see cref="StrategyRules"/>, shared with the constructor guards). Field rules live in the validators of the parts;
/// references across the document (actors, axes, objectives, units) are checked by the root.
/// </summary>
internal sealed class PlanDocumentValidator : AbstractValidator<PlanDocument>
{
    internal static readonly PlanDocumentValidator Instance = new();

    internal static readonly (string Name, TerritoryLevel Value)[] Levels =
    [
        ("iris", TerritoryLevel.Iris), ("qpv", TerritoryLevel.Qpv), ("commune", TerritoryLevel.Commune), ("epci", TerritoryLevel.Epci),
        ("departement", TerritoryLevel.Departement), ("region", TerritoryLevel.Region), ("country", TerritoryLevel.Country),
    ];

    internal static readonly (string Name, ActorRoles Value)[] Roles =
    [
        ("funder", ActorRoles.Funder), ("distributor", ActorRoles.Distributor), ("mediation-provider", ActorRoles.MediationProvider),
        ("resource-centre", ActorRoles.ResourceCentre), ("network", ActorRoles.Network), ("local-authority", ActorRoles.LocalAuthority),
        ("operator", ActorRoles.Operator), ("commanditaire", ActorRoles.Commanditaire),
    ];

    internal static readonly (string Name, ObjectiveTerm Value)[] Terms =
        [("short", ObjectiveTerm.ShortTerm), ("medium", ObjectiveTerm.MediumTerm), ("long", ObjectiveTerm.LongTerm)];

    internal static readonly (string Name, ImprovementDirection Value)[] Directions =
        [("increase", ImprovementDirection.Increase), ("decrease", ImprovementDirection.Decrease)];

    internal static readonly (string Name, IndicatorUnit Value)[] Units =
        [("value", IndicatorUnit.Value), ("percent", IndicatorUnit.Percent), ("count", IndicatorUnit.Count), ("euros", IndicatorUnit.Euros)];

    internal static readonly (string Name, ActionPlanKind Value)[] PlanKinds =
        [("annual", ActionPlanKind.Annual), ("multi-year", ActionPlanKind.MultiYear)];

    internal static readonly (string Name, FundingSource Value)[] Sources =
    [
        ("droit-commun", FundingSource.DroitCommun), ("european-funds", FundingSource.EuropeanFunds), ("foundation", FundingSource.Foundation),
        ("state-programme", FundingSource.StateProgramme), ("voucher-programme", FundingSource.VoucherProgramme), ("other", FundingSource.Other),
    ];

    internal static readonly (string Name, GovernanceRole Value)[] GovernanceRoles =
    [
        ("coordination", GovernanceRole.Coordination), ("steering", GovernanceRole.Steering), ("technical", GovernanceRole.Technical),
        ("funding", GovernanceRole.Funding), ("evaluation", GovernanceRole.Evaluation), ("watch", GovernanceRole.Watch), ("expertise", GovernanceRole.Expertise),
    ];

    internal static readonly (string Name, CommitmentKind Value)[] CommitmentKinds =
    [
        ("charter", CommitmentKind.Charter), ("territorial-contract", CommitmentKind.TerritorialContract),
        ("convention", CommitmentKind.Convention), ("other", CommitmentKind.Other),
    ];

    private PlanDocumentValidator()
    {
        RuleFor(d => d.Name).Must(NotBlank).Is(StrategyRules.PlanBlank, (_, _) => RuleArguments.Of("name"));
        RuleFor(d => d.Territory).Custom((t, context) =>
        {
            if (Choice(context, t.Level, "Level", Levels) is { } level && !TerritoryId.Parse(level, t.Code).Success)
            {
                context.Fail(StrategyRules.PlanTerritory, "Code", RuleArguments.Of(t.Code, TerritoryId.Parse(level, t.Code).Error!.MessageEn));
            }
        });
        RuleFor(d => d.Period).SetValidator(PeriodValidator.Instance);
        RuleFor(d => d.Actors).NotEmpty().Is(StrategyRules.PlanBlank, (_, _) => RuleArguments.Of("actors"));
        RuleForEach(d => d.Actors).SetValidator(new ActorValidator());
        RuleForEach(d => d.CustomAxes).ChildRules(axis =>
        {
            axis.RuleFor(a => a.Name).Must(NotBlank).Is(StrategyRules.PlanBlank, (_, _) => RuleArguments.Of("name"));
            axis.RuleFor(a => a.Code).Must(StrategyAxis.IsValidCode).Is(StrategyRules.PlanInvalidCode);
        });
        RuleForEach(d => d.Objectives).SetValidator(new ObjectiveValidator());
        RuleFor(d => d.ActionPlan).SetValidator(new ActionPlanValidator());
        RuleFor(d => d.Governance).SetValidator(new GovernanceValidator());
        RuleForEach(d => d.Commitments).SetValidator(new CommitmentValidator());
        RuleFor(d => d).Custom((d, context) => new PlanReferences(d, context).Check());
    }

    internal static bool NotBlank(string? text) => !string.IsNullOrWhiteSpace(text);

    internal static string Name<T>(T value, (string Name, T Value)[] table)
        where T : struct, Enum => table.First(t => EqualityComparer<T>.Default.Equals(t.Value, value)).Name;

    internal static T? Find<T>(string value, (string Name, T Value)[] table)
        where T : struct
    {
        foreach (var (name, v) in table)
        {
            if (name == value)
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>The value named <paramref name="value"/>, or <see langword="null"/> after a <c>plan.unknown-value</c>
    /// failure at <paramref name="path"/> with the allowed names and the closest one.</summary>
    internal static T? Choice<TDto, T>(ValidationContext<TDto> context, string value, string path, (string Name, T Value)[] table)
        where T : struct
    {
        if (Find(value, table) is { } found)
        {
            return found;
        }

        var names = table.Select(t => t.Name).ToArray();
        context.Fail(StrategyRules.PlanUnknownValue, path, new RuleArguments(value, ClosestMatch.Find(value, names), names));
        return null;
    }

    internal static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Dates of a plan lie in the years 1900 to 2199, so that no calendar arithmetic of an evaluation overflows.</summary>
    internal static bool IsPlausible(LocalDate date) => date.Year is >= 1900 and <= 2199;

    internal static bool IsPlausible(LocalDate? date) => date is not { } d || IsPlausible(d);

    internal static bool IsAmount(decimal value) => value >= 0 && decimal.Round(value, 2) == value && value <= 1_000_000_000_000m;

    private sealed class PeriodValidator : AbstractValidator<PlanPeriod>
    {
        internal static readonly PeriodValidator Instance = new();

        private PeriodValidator()
        {
            RuleFor(p => p.Start).Must(IsPlausible).Is(StrategyRules.PlanDateRange, (_, v) => RuleArguments.Of(Date(v)));
            RuleFor(p => p.End).Must(IsPlausible).Is(StrategyRules.PlanDateRange, (_, v) => RuleArguments.Of(Date(v)));
            RuleFor(p => p.End).Must((p, end) => end >= p.Start).Is(StrategyRules.PlanPeriod, (p, end) => RuleArguments.Of(Date(p.Start), Date(end)));
        }
    }

    private sealed class ActorValidator : AbstractValidator<PlanActor>
    {
        internal ActorValidator()
        {
            RuleFor(a => a.Id).Must(NotBlank).Is(StrategyRules.PlanBlank, (_, _) => RuleArguments.Of("id"));
            RuleFor(a => a.Name).Must(NotBlank).Is(StrategyRules.PlanBlank, (_, _) => RuleArguments.Of("name"));
            RuleForEach(a => a.Roles).Custom((role, context) => Choice(context, role, string.Empty, Roles));
            RuleFor(a => a.Roles).NotEmpty().Is(StrategyRules.PlanActorRole, (a, _) => RuleArguments.Of(a.Id, "an actor has at least one role."));
            RuleFor(a => a.Pivot).Custom((pivot, context) =>
            {
                if (pivot is not null && PivotIdentifier.Parse(pivot) is { Success: false } parsed)
                {
                    context.Fail(StrategyRules.PlanActorRole, string.Empty, RuleArguments.Of(context.InstanceToValidate.Id, parsed.Error!.MessageEn));
                }
            });
        }
    }

    private sealed class ObjectiveValidator : AbstractValidator<PlanObjective>
    {
        internal ObjectiveValidator()
        {
            RuleFor(o => o.Id).Must(NotBlank).Is(StrategyRules.PlanBlank, (_, _) => RuleArguments.Of("id"));
            RuleFor(o => o.Title).Must(NotBlank).Is(StrategyRules.PlanBlank, (_, _) => RuleArguments.Of("title"));
            RuleFor(o => o.Term).Custom((term, context) => Choice(context, term, string.Empty, Terms));
            RuleFor(o => o.Direction).Custom((direction, context) => Choice(context, direction, string.Empty, Directions));
            RuleFor(o => o.Unit).Custom((unit, context) =>
            {
                if (unit is not null)
                {
                    Choice(context, unit, string.Empty, Units);
                }
            });
            RuleFor(o => o.Indicator).Must(StrategyAxis.IsValidCode).Is(
                StrategyRules.PlanInvalidCode,
                (_, v) => new RuleArguments(v, ClosestMatch.Find(v, IndicatorReference.Known.Select(k => k.Id))));
            RuleFor(o => o.Baseline.Date).Must(IsPlausible).Is(StrategyRules.PlanDateRange, (_, v) => RuleArguments.Of(Date(v)));
            RuleFor(o => o.Target.Deadline).Must(IsPlausible).Is(StrategyRules.PlanDateRange, (_, v) => RuleArguments.Of(Date(v)));
            RuleFor(o => o.Target.Deadline).Must((o, deadline) => deadline > o.Baseline.Date)
                .Is(StrategyRules.PlanDeadline, (o, deadline) => RuleArguments.Of(Date(deadline), Date(o.Baseline.Date)));
            RuleFor(o => o.Target.Value).Must((o, target) => Find(o.Direction, Directions) is not { } d || (d == ImprovementDirection.Increase ? target >= o.Baseline.Value : target <= o.Baseline.Value))
                .Is(StrategyRules.PlanDirection, (o, target) => RuleArguments.Of(Number(target), Number(o.Baseline.Value), o.Direction));
            RuleFor(o => o.Baseline.Value).Must((o, v) => Unit(o) is not { } u || Objective.IsInRange(u, v))
                .Is(StrategyRules.PlanValueRange, (o, v) => RuleArguments.Of(Number(v), Name(Unit(o)!.Value, Units)));
            RuleFor(o => o.Target.Value).Must((o, v) => Unit(o) is not { } u || Objective.IsInRange(u, v))
                .Is(StrategyRules.PlanValueRange, (o, v) => RuleArguments.Of(Number(v), Name(Unit(o)!.Value, Units)));
            RuleFor(o => o.Unit).Must((o, unit) => unit is null || IndicatorReference.FindKnown(o.Indicator) is not { } known || Find(unit, Units) is not { } u || u == known.Unit)
                .Is(StrategyRules.PlanUnitMismatch, (o, unit) => RuleArguments.Of(o.Indicator, Name(IndicatorReference.FindKnown(o.Indicator)!.Unit, Units), unit));
        }

        /// <summary>The unit of the objective's indicator: the SDK's for a known indicator, else the declared one (default value).</summary>
        internal static IndicatorUnit? Unit(PlanObjective o) =>
            !StrategyAxis.IsValidCode(o.Indicator) ? null
            : IndicatorReference.FindKnown(o.Indicator) is { } known ? known.Unit
            : o.Unit is null ? IndicatorUnit.Value : Find(o.Unit, Units);
    }

    private sealed class ActionPlanValidator : AbstractValidator<PlanActionPlan>
    {
        internal ActionPlanValidator()
        {
            RuleFor(p => p.Kind).Custom((kind, context) => Choice(context, kind, string.Empty, PlanKinds));
            RuleFor(p => p.Period).SetValidator(PeriodValidator.Instance);
            RuleFor(p => p.Period)
                .Must((p, period) => p.Kind != "annual" || period.End < period.Start || Period.DaysBetween(period.Start, period.End) + 1 <= ActionPlan.MaxAnnualDays)
                .Is(StrategyRules.PlanAnnualTooLong, (_, period) => RuleArguments.Of((Period.DaysBetween(period.Start, period.End) + 1).ToString(CultureInfo.InvariantCulture)));
            RuleForEach(p => p.Actions).SetValidator(new ActionValidator());
        }
    }

    private sealed class ActionValidator : AbstractValidator<PlanActionItem>
    {
        internal ActionValidator()
        {
            RuleFor(a => a.Id).Must(NotBlank).Is(StrategyRules.PlanBlank, (_, _) => RuleArguments.Of("id"));
            RuleFor(a => a.Title).Must(NotBlank).Is(StrategyRules.PlanBlank, (_, _) => RuleArguments.Of("title"));
            RuleFor(a => a.Schedule).SetValidator(PeriodValidator.Instance);
            RuleFor(a => a.Budget).Must(IsAmount).Is(StrategyRules.PlanAmount, (_, v) => RuleArguments.Of(Number(v)));
            RuleForEach(a => a.Funding).ChildRules(line =>
            {
                line.RuleFor(l => l.Source).Custom((source, context) => Choice(context, source, string.Empty, Sources));
                line.RuleFor(l => l.Planned).Must(IsAmount).Is(StrategyRules.PlanAmount, (_, v) => RuleArguments.Of(Number(v)));
                line.RuleFor(l => l.Committed).Must(IsAmount).Is(StrategyRules.PlanAmount, (_, v) => RuleArguments.Of(Number(v)));
                line.RuleFor(l => l.Spent).Must(IsAmount).Is(StrategyRules.PlanAmount, (_, v) => RuleArguments.Of(Number(v)));
            });
        }
    }

    private sealed class GovernanceValidator : AbstractValidator<PlanGovernance>
    {
        internal GovernanceValidator()
        {
            RuleForEach(g => g.Members).ChildRules(member => member.RuleFor(m => m.Role).Custom((role, context) => Choice(context, role, string.Empty, GovernanceRoles)));
            RuleForEach(g => g.Meetings).ChildRules(meeting =>
            {
                meeting.RuleFor(m => m.Date).Must(IsPlausible).Is(StrategyRules.PlanDateRange, (_, v) => RuleArguments.Of(Date(v)));
                meeting.RuleFor(m => m.Purpose).Must(NotBlank).Is(StrategyRules.PlanBlank, (_, _) => RuleArguments.Of("purpose"));
                meeting.RuleFor(m => m.Attendees).Must(n => n is not < 0).Is(StrategyRules.PlanCount, (_, v) => RuleArguments.Of(v?.ToString(CultureInfo.InvariantCulture)));
            });
            RuleForEach(g => g.Trainings).ChildRules(training =>
            {
                training.RuleFor(t => t.Date).Must(IsPlausible).Is(StrategyRules.PlanDateRange, (_, v) => RuleArguments.Of(Date(v)));
                training.RuleFor(t => t.Title).Must(NotBlank).Is(StrategyRules.PlanBlank, (_, _) => RuleArguments.Of("title"));
                training.RuleFor(t => t.Participants).GreaterThanOrEqualTo(0).Is(StrategyRules.PlanCount, (_, v) => RuleArguments.Of(v.ToString(CultureInfo.InvariantCulture)));
            });
            RuleForEach(g => g.Watch).ChildRules(watch =>
            {
                watch.RuleFor(w => w.Title).Must(NotBlank).Is(StrategyRules.PlanBlank, (_, _) => RuleArguments.Of("title"));
                watch.RuleFor(w => w.UpdatedOn).Must(IsPlausible).Is(StrategyRules.PlanDateRange, (_, v) => RuleArguments.Of(v is { } d ? Date(d) : null));
            });
        }
    }

    private sealed class CommitmentValidator : AbstractValidator<PlanCommitment>
    {
        internal CommitmentValidator()
        {
            RuleFor(c => c.Kind).Custom((kind, context) => Choice(context, kind, string.Empty, CommitmentKinds));
            RuleFor(c => c.Title).Must(NotBlank).Is(StrategyRules.PlanBlank, (_, _) => RuleArguments.Of("title"));
            RuleFor(c => c.SignedOn).Must(IsPlausible).Is(StrategyRules.PlanDateRange, (_, v) => RuleArguments.Of(Date(v)));
            RuleFor(c => c.EndsOn).Must(IsPlausible).Is(StrategyRules.PlanDateRange, (_, v) => RuleArguments.Of(v is { } d ? Date(d) : null));
            RuleFor(c => c.EndsOn).Must((c, end) => end is null || end > c.SignedOn)
                .Is(StrategyRules.PlanCommitmentEnd, (c, end) => RuleArguments.Of(Date(end!.Value), Date(c.SignedOn)));
        }
    }
}

using System.Text.Json.Serialization;
using NodaTime;

namespace Inclusion.Sdk.Files;

// The plan file schema (docs/programme-managers.md § Plan file). Data-transfer types only: read strictly by the
// source-generated context, validated by PlanDocumentValidator (FluentValidation, located plan.* issues), then turned
// into the model by PlanFile.
#pragma warning disable CA1812 // Instantiated by the JSON source generator.

internal sealed class PlanDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public required string Name { get; init; }

    public required PlanTerritory Territory { get; init; }

    public required PlanPeriod Period { get; init; }

    public string? Diagnostic { get; init; }

    public required List<string> Axes { get; init; }

    public List<PlanAxis>? CustomAxes { get; init; }

    public required List<PlanActor> Actors { get; init; }

    public required List<PlanObjective> Objectives { get; init; }

    public required PlanActionPlan ActionPlan { get; init; }

    public required PlanGovernance Governance { get; init; }

    public List<PlanCommitment>? Commitments { get; init; }
}

internal sealed class PlanTerritory
{
    public required string Level { get; init; }

    public required string Code { get; init; }
}

internal sealed class PlanPeriod
{
    public required LocalDate Start { get; init; }

    public required LocalDate End { get; init; }
}

internal sealed class PlanAxis
{
    public required string Code { get; init; }

    public required string Name { get; init; }
}

internal sealed class PlanActor
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required List<string> Roles { get; init; }

    public string? Pivot { get; init; }
}

internal sealed class PlanObjective
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Axis { get; init; }

    public required string Term { get; init; }

    public required string Indicator { get; init; }

    public string? Unit { get; init; }

    public required string Direction { get; init; }

    public required PlanBaseline Baseline { get; init; }

    public required PlanTarget Target { get; init; }
}

internal sealed class PlanBaseline
{
    public required decimal Value { get; init; }

    public required LocalDate Date { get; init; }
}

internal sealed class PlanTarget
{
    public required decimal Value { get; init; }

    public required LocalDate Deadline { get; init; }
}

internal sealed class PlanActionPlan
{
    public required string Kind { get; init; }

    public required PlanPeriod Period { get; init; }

    public required List<PlanActionItem> Actions { get; init; }
}

internal sealed class PlanActionItem
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Axis { get; init; }

    public required string Lead { get; init; }

    public List<string>? Partners { get; init; }

    public required PlanPeriod Schedule { get; init; }

    public required decimal Budget { get; init; }

    public List<string>? Objectives { get; init; }

    public List<PlanFundingLine>? Funding { get; init; }
}

internal sealed class PlanFundingLine
{
    public required string Source { get; init; }

    public string? Funder { get; init; }

    public string? Programme { get; init; }

    public required decimal Planned { get; init; }

    public decimal Committed { get; init; }

    public decimal Spent { get; init; }
}

internal sealed class PlanGovernance
{
    public required string Coordinator { get; init; }

    public List<PlanMember>? Members { get; init; }

    public List<PlanMeeting>? Meetings { get; init; }

    public List<PlanTraining>? Trainings { get; init; }

    public List<PlanWatch>? Watch { get; init; }
}

internal sealed class PlanMember
{
    public required string Actor { get; init; }

    public required string Role { get; init; }
}

internal sealed class PlanMeeting
{
    public required LocalDate Date { get; init; }

    public required string Purpose { get; init; }

    public int? Attendees { get; init; }
}

internal sealed class PlanTraining
{
    public required LocalDate Date { get; init; }

    public required string Title { get; init; }

    public required int Participants { get; init; }
}

internal sealed class PlanWatch
{
    public required string Title { get; init; }

    public LocalDate? UpdatedOn { get; init; }

    public string? Url { get; init; }
}

internal sealed class PlanCommitment
{
    public required string Actor { get; init; }

    public required string Kind { get; init; }

    public required string Title { get; init; }

    public required LocalDate SignedOn { get; init; }

    public LocalDate? EndsOn { get; init; }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Files;

/// <summary>
/// The SDK's source-generated JSON metadata. Internal on purpose: a public context would leak generated members into
/// the API (see docs/decisions.md). Strict options reject unknown members, missing required values, nulls in
/// non-nullable members, numbers written as strings (the web defaults would accept <c>"12"</c>) and members written in
/// another case (<c>"FaceValue"</c> is an unknown member, not <c>faceValue</c>).
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.Strict,
    PropertyNameCaseInsensitive = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [typeof(LocalDateJsonConverter), typeof(InstantJsonConverter), typeof(YearMonthJsonConverter), typeof(MoneyAmountJsonConverter), typeof(SiretJsonConverter)])]
[JsonSerializable(typeof(ValidationReport))]
[JsonSerializable(typeof(ValidationIssue))]
[JsonSerializable(typeof(Inclusion.Sdk.Surveys.DsiEstimate))]
[JsonSerializable(typeof(Inclusion.Sdk.Skills.SkillsAssessment[]))]
[JsonSerializable(typeof(Inclusion.Sdk.Skills.CohortStatistics))]
[JsonSerializable(typeof(Inclusion.Sdk.Vouchers.VoucherEvent))]
[JsonSerializable(typeof(ProgrammeDocument))]
[JsonSerializable(typeof(PlanDocument))]
[JsonSerializable(typeof(ReportDocument))]
[JsonSerializable(typeof(Inclusion.Sdk.Strategy.StrategyEvaluation))]
internal sealed partial class InclusionJsonContext : JsonSerializerContext
{
}

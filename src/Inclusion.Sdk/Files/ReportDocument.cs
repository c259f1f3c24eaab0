using System.Text.Json.Serialization;
using NodaTime;

namespace Inclusion.Sdk.Files;

// The territorial report's settings file (docs/programme-managers.md § Territorial report). Data-transfer types only:
// read strictly by the source-generated context, validated by ReportDocumentValidator, then turned into
// TerritorialReportSettings by TerritorialReportFile. Paths are relative to the settings file's folder.
#pragma warning disable CA1812 // Instantiated by the JSON source generator.

internal sealed class ReportDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public required string Territory { get; init; }

    public string? Language { get; init; }

    public required LocalDate DataDate { get; init; }

    public required ReportSectionsDocument Sections { get; init; }
}

internal sealed class ReportSectionsDocument
{
    public ReportIndexDocument? FragilityIndex { get; init; }

    public ReportOfferDocument? Offer { get; init; }

    public ReportActivitiesDocument? Activities { get; init; }

    public ReportSkillsDocument? Skills { get; init; }

    public ReportVouchersDocument? Vouchers { get; init; }

    public ReportPlanDocument? Plan { get; init; }

    public ReportQualityDocument? DataQuality { get; init; }
}

internal sealed class ReportIndexDocument
{
    public required string Indicators { get; init; }

    public string? Preset { get; init; }

    public string? Level { get; init; }
}

internal sealed class ReportOfferDocument
{
    public required string Places { get; init; }

    public required string Communes { get; init; }
}

internal sealed class ReportActivitiesDocument
{
    public required string File { get; init; }

    public int? Year { get; init; }
}

internal sealed class ReportSkillsDocument
{
    public required string Survey { get; init; }

    public string? Weight { get; init; }
}

internal sealed class ReportVouchersDocument
{
    public required string Programme { get; init; }

    public required string Events { get; init; }
}

internal sealed class ReportPlanDocument
{
    public required string Plan { get; init; }

    public string? Measurements { get; init; }
}

internal sealed class ReportQualityDocument
{
    public required List<string> Places { get; init; }
}

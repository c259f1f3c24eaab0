using System.Text.Json.Serialization;
using NodaTime;

namespace Inclusion.Sdk.Files;

/// <summary>The JSON shape of <c>programme.json</c> (docs/vouchers.md, "File formats"); validated into a <see cref="Vouchers.VoucherProgramme"/>.</summary>
internal sealed class ProgrammeDocument(
    string id,
    string operatorName,
    string commanditaire,
    IReadOnlyList<string> perimeter,
    IReadOnlyList<ProviderDocument> providers,
    IReadOnlyList<DistributorDocument> distributors,
    decimal? faceValue = null,
    IReadOnlyList<int>? bookletFormats = null,
    int? smallBookletMinimumOrder = null,
    LocalDate? validityEnd = null,
    int? gracePeriodMonths = null,
    FeesDocument? fees = null,
    CoFinancingDocument? coFinancing = null,
    int? importMarginMonths = null)
{
    public string Id { get; } = id;

    [JsonPropertyName("operator")]
    public string OperatorName { get; } = operatorName;

    public string Commanditaire { get; } = commanditaire;

    public IReadOnlyList<string> Perimeter { get; } = perimeter;

    public IReadOnlyList<ProviderDocument> Providers { get; } = providers;

    public IReadOnlyList<DistributorDocument> Distributors { get; } = distributors;

    public decimal? FaceValue { get; } = faceValue;

    public IReadOnlyList<int>? BookletFormats { get; } = bookletFormats;

    public int? SmallBookletMinimumOrder { get; } = smallBookletMinimumOrder;

    public LocalDate? ValidityEnd { get; } = validityEnd;

    public int? GracePeriodMonths { get; } = gracePeriodMonths;

    public FeesDocument? Fees { get; } = fees;

    public CoFinancingDocument? CoFinancing { get; } = coFinancing;

    public int? ImportMarginMonths { get; } = importMarginMonths;
}

/// <summary>The <c>fees</c> member of <c>programme.json</c>.</summary>
internal sealed class FeesDocument(decimal upstreamRate, decimal downstreamRate, decimal? vatRate = null)
{
    public decimal UpstreamRate { get; } = upstreamRate;

    public decimal DownstreamRate { get; } = downstreamRate;

    public decimal? VatRate { get; } = vatRate;
}

/// <summary>The <c>coFinancing</c> member of <c>programme.json</c>.</summary>
internal sealed class CoFinancingDocument(string coFunder, decimal maximumShare, decimal minimumOrder, decimal orderCeiling)
{
    public string CoFunder { get; } = coFunder;

    public decimal MaximumShare { get; } = maximumShare;

    public decimal MinimumOrder { get; } = minimumOrder;

    public decimal OrderCeiling { get; } = orderCeiling;
}

/// <summary>A provider of <c>programme.json</c>.</summary>
internal sealed class ProviderDocument(string siret, string name, LocalDate qualifiedFrom, IReadOnlyList<string> territories, LocalDate? qualifiedUntil = null)
{
    public string Siret { get; } = siret;

    public string Name { get; } = name;

    public LocalDate QualifiedFrom { get; } = qualifiedFrom;

    public LocalDate? QualifiedUntil { get; } = qualifiedUntil;

    public IReadOnlyList<string> Territories { get; } = territories;
}

/// <summary>A distributor of <c>programme.json</c>.</summary>
internal sealed class DistributorDocument(string id, string name, string territory)
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public string Territory { get; } = territory;
}

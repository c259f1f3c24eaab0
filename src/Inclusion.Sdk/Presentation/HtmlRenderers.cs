using System.Runtime.CompilerServices;
using Inclusion.Sdk.Activities;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Indicators;
using Inclusion.Sdk.Offer;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Skills;
using Inclusion.Sdk.Statistics;
using Inclusion.Sdk.Strategy;
using Inclusion.Sdk.Surveys;
using Inclusion.Sdk.Utility;
using Inclusion.Sdk.Vouchers;

namespace Inclusion.Sdk.Presentation;

/// <summary>
/// The one dispatch from a result to its renderer (no reflection: a type switch), the list of rendered types, and the
/// installation of the notebook formatters into <see cref="HtmlFormatterSource"/> when the assembly is loaded.
/// </summary>
internal static class HtmlRenderers
{
    /// <summary>Every type with an HTML rendering; each carries <see cref="TypeFormatterSourceAttribute"/>.</summary>
    internal static IReadOnlyList<Type> RenderedTypes { get; } =
    [
        typeof(ValidationReport),
        typeof(ActivityStatistics),
        typeof(PublishedActivityStatistics),
        typeof(LegacyCraStatistics),
        typeof(DsiEstimate),
        typeof(WeightedProportion),
        typeof(ReferenceComparison),
        typeof(CohortStatistics),
        typeof(SkillsProgress),
        typeof(IndexResult),
        typeof(IndicatorTable),
        typeof(OfferMap),
        typeof(OfferDensity),
        typeof(ProtectedTable),
        typeof(ProtectedDistribution),
        typeof(VoucherKpis),
        typeof(KpiFigures),
        typeof(ClosingStatement),
        typeof(ProviderStatement),
        typeof(VoucherSettlement),
        typeof(StrategyEvaluation),
        typeof(FundingTotals),
        typeof(CommitmentSummary),
        typeof(TrainingSummary),
        typeof(SeedReferenceComparison),
        typeof(PlacesFileSummary),
    ];

    /// <summary>Writes the fragment of <paramref name="result"/>; false when its type has no rendering.</summary>
    internal static bool TryWrite(object result, HtmlWriter w, HtmlOptions o)
    {
        switch (result)
        {
            case ValidationReport r: ReportingHtml.Write(r, w, o); break;
            case ActivityStatistics r: ActivitiesHtml.Write(r, w, o); break;
            case PublishedActivityStatistics r: ActivitiesHtml.Write(r, w, o); break;
            case LegacyCraStatistics r: ActivitiesHtml.Write(r, w, o); break;
            case DsiEstimate r: SurveysHtml.Write(r, w, o); break;
            case WeightedProportion r: SurveysHtml.Write(r, w, o); break;
            case ReferenceComparison r: SurveysHtml.Write(r, w, o); break;
            case CohortStatistics r: SkillsHtml.Write(r, w, o); break;
            case SkillsProgress r: SkillsHtml.Write(r, w, o); break;
            case IndexResult r: IndicatorsHtml.Write(r, w, o); break;
            case IndicatorTable r: IndicatorsHtml.Write(r, w, o); break;
            case OfferMap r: OfferHtml.Write(r, w, o); break;
            case OfferDensity r: OfferHtml.Write(r, w, o); break;
            case ProtectedTable r: StatisticsHtml.Write(r, w, o); break;
            case ProtectedDistribution r: StatisticsHtml.Write(r, w, o); break;
            case VoucherKpis r: VouchersHtml.Write(r, w, o); break;
            case KpiFigures r: VouchersHtml.Write(r, w, o); break;
            case ClosingStatement r: VouchersHtml.Write(r, w, o); break;
            case ProviderStatement r: VouchersHtml.Write(r, w, o); break;
            case VoucherSettlement r: VouchersHtml.Write(r, w, o); break;
            case StrategyEvaluation r: StrategyHtml.Write(r, w, o); break;
            case FundingTotals r: StrategyHtml.Write(r, w, o); break;
            case CommitmentSummary r: StrategyHtml.Write(r, w, o); break;
            case TrainingSummary r: StrategyHtml.Write(r, w, o); break;
            case SeedReferenceComparison r: StrategyHtml.Write(r, w, o); break;
            case PlacesFileSummary r: FilesHtml.Write(r, w, o); break;
            default: return false;
        }

        return true;
    }

    /// <summary>The fragment of <paramref name="result"/>.</summary>
    /// <exception cref="ArgumentException">The type has no rendering (a programming error: the public overloads only
    /// accept rendered types).</exception>
    internal static string Fragment(object result, HtmlOptions? options)
    {
        ArgumentNullException.ThrowIfNull(result);
        var w = new HtmlWriter();
        if (!TryWrite(result, w, options ?? HtmlOptions.Default))
        {
            throw new ArgumentException($"{result.GetType().FullName} has no HTML rendering.", nameof(result));
        }

        return w.ToString();
    }

    /// <summary>Installs the notebook formatters when the assembly is loaded, so that a notebook host that finds
    /// <see cref="TypeFormatterSourceAttribute"/> on a result gets them without any call into this namespace first.</summary>
#pragma warning disable CA2255 // A library module initializer: it only stores a delegate (no I/O, no reflection), and notebook hosts need it before any other call.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void InstallNotebookFormatters() =>
        HtmlFormatterSource.Formatters = static () => RenderedTypes.Select(t => new HtmlNotebookFormatter(t));
}

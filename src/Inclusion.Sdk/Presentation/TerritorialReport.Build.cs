using Inclusion.Sdk.Activities;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Indicators;
using Inclusion.Sdk.Offer;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Strategy;
using Inclusion.Sdk.Surveys;
using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Vouchers;

namespace Inclusion.Sdk.Presentation;

/// <content>Building the sections: each reads its files with the SDK's readers and computes its results.</content>
public sealed partial class TerritorialReport
{
    private static readonly ReportCitation IfnSource = new(
        "Indice de fragilité numérique (La MedNum), 2023 method: five criteria (no very-high-speed coverage, no 4G coverage, share aged 65 and over, share with few or no qualifications, poverty rate), each scored 1–10, 10 = highest risk; total = their mean. The 1–10 normalisation is not published: the scores here are a decile-rank reconstruction (docs/diagnostic.md § 3).",
        "Indice de fragilité numérique (La MedNum), méthode 2023 : cinq critères (non-couverture très haut débit, non-couverture 4G, part des 65 ans et plus, part des peu ou pas diplômés, taux de pauvreté), chacun noté de 1 à 10, 10 = risque le plus élevé ; total = leur moyenne. La normalisation de 1 à 10 n'est pas publiée : les notes sont ici une reconstruction par rang de décile (docs/diagnostic.md § 3).",
        "https://infos.fragilite-numerique.fr/ressources-cgu");

    private static readonly ReportCitation StandardSource = new(
        "Places: the national standard « lieux de médiation numérique » v1.0.2 (LaMednum/standard-mediation-num, schema.data.gouv.fr), Licence Ouverte 2.0.",
        "Lieux : le standard national « lieux de médiation numérique » v1.0.2 (LaMednum/standard-mediation-num, schema.data.gouv.fr), Licence Ouverte 2.0.",
        "https://schema.data.gouv.fr/LaMednum/standard-mediation-num/");

    private static readonly ReportCitation ActivitySource = new(
        "Counting rules of the national activity reports (CRA v2 of La Coop de la médiation numérique): activities, accompaniments (one per beneficiary of a collective activity), distinct beneficiaries; docs/diagnostic.md § 2.",
        "Règles de décompte des comptes rendus d'activité nationaux (CRA v2 de La Coop de la médiation numérique) : activités, accompagnements (un par bénéficiaire d'une activité collective), bénéficiaires distincts ; docs/diagnostic.md § 2.",
        null);

    private static readonly ReportCitation DsiSource = new(
        "Digital Skills Indicator 2.0 (Eurostat, isoc_sk_dskl_i21): five areas, overall levels from no to above basic skills; Wilson intervals; docs/researchers.md.",
        "Indicateur de compétences numériques 2.0 (Eurostat, isoc_sk_dskl_i21) : cinq domaines, niveaux globaux d'aucune à plus que basiques ; intervalles de Wilson ; docs/researchers.md.",
        "https://ec.europa.eu/eurostat/cache/metadata/en/isoc_sk_dskl_i21_esmsip2.htm");

    private static readonly ReportCitation VoucherSource = new(
        "Pass numérique (APTIC vouchers): the 2020 call for projects (State co-financing on the programme's cumulative eligible purchase); scans of month M paid in M+1; docs/vouchers.md.",
        "Pass numérique (chèques APTIC) : l'appel à projets 2020 (cofinancement de l'État sur l'achat éligible cumulé du programme) ; passages du mois M payés en M+1 ; docs/vouchers.md.",
        "https://avicca.org/actualite/appel-projets-pass-numeriques-2020");

    private static readonly ReportCitation PlanSource = new(
        "Objectives evaluated against their trajectory at the date of the data (on track, at risk, off track, not measured); docs/programme-managers.md.",
        "Objectifs évalués par rapport à leur trajectoire à la date des données (dans la trajectoire, à risque, hors trajectoire, non mesuré) ; docs/programme-managers.md.",
        null);

    private static ReportSection? FragilityIndex(TerritorialReportSettings settings, ValidationReportBuilder quality)
    {
        if (settings.Document.Sections.FragilityIndex is not { } section)
        {
            return null;
        }

        var path = settings.PathOf(section.Indicators);
        var definition = section.Preset == "ifn-2019" ? IndexDefinition.Ifn2019 : IndexDefinition.Ifn2023;
        var loaded = IndicatorTableFile.Load(path);
        quality.AddReport(loaded.Report);
        object[] results = [];
        var missing = loaded.TryGetValue(out var table) ? definition.MissingColumns(table) : [];
        foreach (var column in missing)
        {
            quality.Add(FileRules.HeaderMissing.Issue(column, location: new IssueLocation(Path.GetFileName(path))));
        }

        if (table is not null && missing.Count == 0)
        {
            var result = definition.Compute(table);
            result = section.Level switch
            {
                "commune" => result.RollUp(TerritoryLevel.Commune),
                "epci" => result.RollUp(TerritoryLevel.Epci),
                "departement" => result.RollUp(TerritoryLevel.Departement),
                _ => result,
            };
            results = [result];
        }

        return Section("fragility-index", "Fragility index", "Indice de fragilité numérique", results, [IfnSource], [path], quality);
    }

    private static ReportSection? OfferSection(TerritorialReportSettings settings, ValidationReportBuilder quality)
    {
        if (settings.Document.Sections.Offer is not { } section)
        {
            return null;
        }

        var places = settings.PathOf(section.Places);
        var communes = settings.PathOf(section.Communes);
        var placeList = MediationPlaceFile.Load(places);
        var communeList = CommuneGeographyFile.Load(communes);
        quality.AddReport(placeList.Report);
        quality.AddReport(communeList.Report);
        object[] results = placeList.TryGetValue(out var p) && communeList.TryGetValue(out var c)
            ? [OfferMap.Compute(p, c, settings.DataDate)]
            : [];
        return Section("offer", "Mediation offer", "Offre de médiation", results, [StandardSource], [places, communes], quality);
    }

    private static ReportSection? ActivitiesSection(TerritorialReportSettings settings, ValidationReportBuilder quality)
    {
        if (settings.Document.Sections.Activities is not { } section)
        {
            return null;
        }

        var path = settings.PathOf(section.File);
        var read = new ValidationReportBuilder();
        var options = new ActivityStatisticsOptions(section.Year ?? settings.DataDate.Year);

        // Read once; the total and the monthly series are computed from the same activities.
        var activities = ActivityFile.Read(path, read).ToList();
        quality.AddReport(read.Build(Path.GetFileName(path)));
        // Rendered through the report's disclosure rule: the published totals and distributions, and the monthly series.
        object[] results = activities.Count > 0 ? [ActivityStatistics.Compute(activities, options)] : [];
        return Section("activities", "Mediation activities", "Activités de médiation", results, [ActivitySource], [path], quality);
    }

    private static ReportSection? SkillsSection(TerritorialReportSettings settings, ValidationReportBuilder quality)
    {
        if (settings.Document.Sections.Skills is not { } section)
        {
            return null;
        }

        var path = settings.PathOf(section.Survey);
        var loaded = SurveyFile.Load(path, new SurveyLayout { WeightColumn = section.Weight });
        quality.AddReport(loaded.Report);
        object[] results = loaded.TryGetValue(out var survey) ? [DsiEstimator.Estimate(survey)] : [];
        return Section("skills", "Digital skills", "Compétences numériques", results, [DsiSource], [path], quality);
    }

    private static ReportSection? VouchersSection(TerritorialReportSettings settings, ValidationReportBuilder quality)
    {
        if (settings.Document.Sections.Vouchers is not { } section)
        {
            return null;
        }

        var programmePath = settings.PathOf(section.Programme);
        var eventsPath = settings.PathOf(section.Events);
        var programme = VoucherProgrammeFile.Load(programmePath);
        quality.AddReport(programme.Report);
        object[] results = [];
        if (programme.TryGetValue(out var settingsOfProgramme))
        {
            var replay = VoucherEventFile.Replay(settingsOfProgramme, eventsPath);
            quality.AddReport(replay.Report);
            if (replay.IsValid && replay.TryGetValue(out var ledger))
            {
                results = [VoucherSettlement.Of(ledger)];
            }
        }

        return Section("vouchers", "Vouchers (Pass numérique)", "Chèques (Pass numérique)", results, [VoucherSource], [programmePath, eventsPath], quality);
    }

    private static ReportSection? PlanSection(TerritorialReportSettings settings, ValidationReportBuilder quality)
    {
        if (settings.Document.Sections.Plan is not { } section)
        {
            return null;
        }

        var planPath = settings.PathOf(section.Plan);
        var plan = PlanFile.Load(planPath);
        quality.AddReport(plan.Report);
        string[] files = section.Measurements is { } m ? [planPath, settings.PathOf(m)] : [planPath];
        IReadOnlyList<Measurement> measurements = [];
        if (files.Length > 1)
        {
            var read = MeasurementFile.Load(files[1]);
            quality.AddReport(read.Report);
            measurements = read.Value ?? [];
        }

        object[] results = plan.TryGetValue(out var strategy) ? [StrategyEvaluator.Evaluate(strategy, measurements, settings.DataDate)] : [];
        return Section("plan", "Action plan", "Plan d'action", results, [PlanSource], files, quality);
    }

    private static ReportSection? QualitySection(TerritorialReportSettings settings, ValidationReportBuilder quality)
    {
        if (settings.Document.Sections.DataQuality is not { } section)
        {
            return null;
        }

        var results = new List<object>();
        var files = new List<string>();
        foreach (var name in section.Places)
        {
            var path = settings.PathOf(name);
            var issues = new ValidationReportBuilder();
            var summary = MediationPlaceFile.Validate(path, issues);
            files.Add(path);
            results.Add(summary);
            results.Add(issues.Build(Path.GetFileName(path)));
        }

        return Section("data-quality", "Data quality", "Qualité des données", [.. results], [StandardSource], [.. files], quality);
    }

    private static ReportSection Section(string id, string en, string fr, object[] results, ReportCitation[] sources, string[] files, ValidationReportBuilder quality)
    {
        if (results.Length == 0)
        {
            quality.Add(ReportRules.SectionUnavailable.Issue(id));
        }

        return new ReportSection(id, en, fr, results, sources, [.. files.Select(Path.GetFileName).OfType<string>()]);
    }
}

using Inclusion.Sdk.Statistics;
using Inclusion.Sdk.Strategy;
using NodaTime;
using NodaTime.Text;

namespace Inclusion.Sdk.Presentation;

/// <summary>Renders the evaluation of a territorial strategy: a status board of the objectives (colour, symbol and
/// text), the objectives with their indicator definitions, axes, funding, participation references, commitments,
/// governance (training participants under the small-count rule) and the findings.</summary>
internal static class StrategyHtml
{
    internal static void Write(StrategyEvaluation e, HtmlWriter w, HtmlOptions o)
    {
        var nested = o with { Title = null };
        HtmlSections.Open(w, o, "strategy-evaluation", o.T("Strategy evaluation — ", "Évaluation de la stratégie — ") + e.Name);
        HtmlSections.Figures(w, o,
        [
            (o.T("Territory", "Territoire"), HtmlCell.Of(e.Territory.ToString())),
            (o.T("Period", "Période"), HtmlCell.Of(Date(e.PeriodStart) + " – " + Date(e.PeriodEnd))),
            (o.T("Action plan", "Plan d'action"), HtmlCell.Of(e.PlanKind + " " + Date(e.PlanStart) + " – " + Date(e.PlanEnd))),
            (o.T("Evaluated on", "Évaluée le"), HtmlCell.Of(Date(e.EvaluatedOn))),
            (o.T("Objectives on track", "Objectifs en bonne voie"), HtmlCell.Integer(e.OnTrackCount)),
            (o.T("Objectives at risk", "Objectifs à risque"), HtmlCell.Integer(e.AtRiskCount)),
            (o.T("Objectives off track", "Objectifs en retard"), HtmlCell.Integer(e.OffTrackCount)),
            (o.T("Objectives not measured", "Objectifs non mesurés"), HtmlCell.Integer(e.NotMeasuredCount)),
            (o.T("Stale measurements", "Mesures anciennes"), HtmlCell.Integer(e.StaleCount)),
            (o.T("Budget", "Budget"), HtmlCell.Money(e.Budget)),
        ]);

        var title = o.T("Status board of the objectives", "Tableau de bord des objectifs");
        w.Open("figure").Element("figcaption", title);
        SvgCharts.StatusBoard(w, o, title,
            [.. e.Objectives.Select(x => new StatusTile(x.Id, x.Title, StatusIndex(x.Status), StatusText(x.Status, o) + (x.IsStale ? o.T(" (stale)", " (ancienne)") : string.Empty)))],
            [StatusText(ObjectiveStatus.OnTrack, o), StatusText(ObjectiveStatus.AtRisk, o), StatusText(ObjectiveStatus.OffTrack, o), StatusText(ObjectiveStatus.NotMeasured, o)]);
        w.Close();

        var objectives = new HtmlTable(o.T("Objectives", "Objectifs"), o.T("Objective", "Objectif"), o.T("Title", "Intitulé"), o.T("Axis", "Axe"),
            o.T("Indicator", "Indicateur"), o.T("Unit", "Unité"), o.T("Baseline", "Référence"), o.T("Target", "Cible"), o.T("Deadline", "Échéance"),
            o.T("Latest value", "Dernière valeur"), o.T("Expected now", "Attendu à date"), o.T("Progress (%)", "Avancement (%)"), o.T("Status", "Statut"));
        foreach (var x in e.Objectives)
        {
            var definition = IndicatorReference.FindKnown(x.IndicatorId)?.Description;
            objectives.Row(x.Id, x.Title, x.AxisCode, definition is null ? x.IndicatorId : x.IndicatorId + " — " + definition, UnitText(x.Unit, o),
                Value(x.BaselineValue, x.Unit) + " (" + Date(x.BaselineDate) + ")", Value(x.TargetValue, x.Unit), Date(x.Deadline),
                x.LatestValue is { } v ? Value(v, x.Unit) + (x.LatestDate is { } d ? " (" + Date(d) + ")" : string.Empty) : "—",
                x.ExpectedValue is { } ev ? Value(ev, x.Unit) : "—", x.ProgressPercent is { } p ? HtmlCell.Percent(p) : HtmlCell.Of("—"),
                new HtmlCell(StatusText(x.Status, o) + (x.IsStale ? o.T(" (stale)", " (ancienne)") : string.Empty)));
        }

        objectives.Write(w, o);
        HtmlSections.Paragraph(w, o.T(
            $"At risk: lag behind the expected progress of at least {HtmlText.Number(e.AtRiskLag, 1)} points; off track: at least {HtmlText.Number(e.OffTrackLag, 1)} points; a measurement older than {HtmlText.Count(e.StaleAfterDays)} days is stale.",
            $"À risque : retard d'au moins {HtmlText.Number(e.AtRiskLag, 1)} points sur l'avancement attendu ; en retard : au moins {HtmlText.Number(e.OffTrackLag, 1)} points ; une mesure de plus de {HtmlText.Count(e.StaleAfterDays)} jours est ancienne."), "note");

        if (e.Axes.Count > 0)
        {
            var axes = new HtmlTable(o.T("Axes", "Axes"), o.T("Axis", "Axe"), o.T("Name", "Nom"), o.T("Retained", "Retenu"),
                o.T("Objectives", "Objectifs"), o.T("Actions", "Actions"), o.T("Covered", "Couvert"));
            foreach (var a in e.Axes)
            {
                axes.Row(a.Code, a.Name, YesNo(a.IsRetained, o), HtmlCell.Integer(a.ObjectiveCount), HtmlCell.Integer(a.ActionCount), YesNo(a.IsCovered, o));
            }

            axes.Write(w, o);
        }

        FundingTable(w, o, e.Totals, e.Sources, e.Actions);
        var references = new HtmlTable(o.T("Participation compared with the national references", "Participation comparée aux références nationales"),
            o.T("Indicator", "Indicateur"), o.T("Reference (%)", "Référence (%)"), o.T("Value (%)", "Valeur (%)"), o.T("Gap (points)", "Écart (points)"), o.T("Date", "Date"));
        foreach (var s in new[] { e.Participation, e.CreativeUses })
        {
            ReferenceRow(references, s, o);
        }

        references.Write(w, o);
        HtmlSections.Source(w, o, string.Join(" · ", new[] { e.Participation.IndicatorId, e.CreativeUses.IndicatorId }
            .Select(id => IndicatorReference.FindKnown(id)?.Description ?? id)));

        if (e.Commitments.Count > 0)
        {
            Commitments(w, o, e.Commitments);
        }

        Governance(w, o, e.Governance, new DisclosureRule(Math.Max(1, e.DisclosureThreshold)));
        if (e.Findings.Issues.Count > 0 || e.Findings.Counts.Count > 0)
        {
            ReportingHtml.Write(e.Findings, w, nested);
        }

        w.Close();
    }

    internal static void Write(FundingTotals totals, HtmlWriter w, HtmlOptions o)
    {
        HtmlSections.Open(w, o, "funding-totals", o.T("Funding", "Financement"));
        FundingTable(w, o, totals, [], []);
        w.Close();
    }

    internal static void Write(CommitmentSummary commitment, HtmlWriter w, HtmlOptions o)
    {
        HtmlSections.Open(w, o, "commitment-summary", o.T("Commitment", "Engagement"));
        Commitments(w, o, [commitment]);
        w.Close();
    }

    internal static void Write(TrainingSummary training, HtmlWriter w, HtmlOptions o)
    {
        HtmlSections.Open(w, o, "training-summary", o.T("Partner training", "Formation des partenaires"));
        var table = new HtmlTable(o.T("Training", "Formation"), o.T("Date", "Date"), o.T("Title", "Intitulé"), o.T("Participants", "Participants"));
        table.Row(Date(training.Date), training.Title, TrainingParticipants(training, o.Disclosure));
        table.Write(w, o);
        w.Close();
    }

    internal static void Write(SeedReferenceComparison comparison, HtmlWriter w, HtmlOptions o)
    {
        HtmlSections.Open(w, o, "reference-comparison", o.T("Comparison with a national reference", "Comparaison avec une référence nationale"));
        var table = new HtmlTable(o.T("Reference", "Référence"), o.T("Indicator", "Indicateur"), o.T("Reference (%)", "Référence (%)"),
            o.T("Value (%)", "Valeur (%)"), o.T("Gap (points)", "Écart (points)"), o.T("Date", "Date"));
        ReferenceRow(table, comparison, o);
        table.Write(w, o);
        HtmlSections.Source(w, o, IndicatorReference.FindKnown(comparison.IndicatorId)?.Description);
        w.Close();
    }

    private static void ReferenceRow(HtmlTable table, SeedReferenceComparison s, HtmlOptions o) =>
        table.Row(s.IndicatorId, HtmlCell.Percent(s.ReferencePercent), s.ValuePercent is { } v ? HtmlCell.Percent(v) : HtmlCell.Of("—"),
            s.GapPoints is { } g ? HtmlCell.Number(g, 1) : HtmlCell.Of("—"), s.Date is { } d ? Date(d) : "—");

    private static void FundingTable(HtmlWriter w, HtmlOptions o, FundingTotals totals, IReadOnlyList<SourceFunding> sources, IReadOnlyList<ActionFunding> actions)
    {
        var table = new HtmlTable(o.T("Funding (euros)", "Financement (euros)"), o.T("Line", "Ligne"), o.T("Planned", "Prévu"), o.T("Committed", "Engagé"),
            o.T("Spent", "Dépensé"), o.T("Committed (%)", "Engagé (%)"), o.T("Spent (%)", "Dépensé (%)"));
        void Row(string label, FundingTotals t) => table.Row(label, HtmlCell.Money(t.Planned), HtmlCell.Money(t.Committed), HtmlCell.Money(t.Spent),
            HtmlCell.Percent(t.CommittedPercent), HtmlCell.Percent(t.SpentPercent));
        Row(o.T("Total", "Total"), totals);
        foreach (var s in sources)
        {
            Row(o.T("Source: ", "Source : ") + s.Source, s.Totals);
        }

        foreach (var a in actions)
        {
            Row(o.T("Action ", "Action ") + a.Id + " — " + a.Title, a.Totals);
        }

        table.Write(w, o);
    }

    private static void Commitments(HtmlWriter w, HtmlOptions o, IReadOnlyList<CommitmentSummary> commitments)
    {
        var table = new HtmlTable(o.T("Commitments", "Engagements"), o.T("Actor", "Acteur"), o.T("Kind", "Nature"), o.T("Title", "Intitulé"),
            o.T("Signed on", "Signé le"), o.T("Ends on", "Fin"), o.T("Signed", "Signé"), o.T("In force", "En vigueur"));
        foreach (var c in commitments)
        {
            table.Row(c.ActorName, c.Kind.ToString(), c.Title, Date(c.SignedOn), c.EndsOn is { } end ? Date(end) : "—", YesNo(c.IsSigned, o), YesNo(c.IsInForce, o));
        }

        table.Write(w, o);
    }

    private static void Governance(HtmlWriter w, HtmlOptions o, GovernanceActivity g, DisclosureRule planRule)
    {
        var rule = planRule.Threshold >= o.Disclosure.Threshold ? planRule : o.Disclosure;
        HtmlSections.SubHeading(w, o, o.T("Governance", "Gouvernance"));
        HtmlSections.Figures(w, o,
        [
            (o.T("Coordinator", "Coordinateur"), HtmlCell.Of(g.CoordinatorId)),
            (o.T("Members", "Membres"), HtmlCell.Integer(g.MemberCount)),
            (o.T("Meetings held", "Réunions tenues"), HtmlCell.Integer(g.MeetingsHeld)),
            (o.T("Last meeting", "Dernière réunion"), HtmlCell.Of(g.LastMeeting is { } d ? Date(d) : "—")),
            (o.T("Meeting attendees (total)", "Participants aux réunions (total)"), g.MeetingAttendeesTotal is { } m ? HtmlCell.Count(m, rule) : HtmlCell.Of("—")),
            (o.T("Training participants (total)", "Participants aux formations (total)"), g.TrainingParticipantsTotal is { } trained ? HtmlCell.Count(trained, rule) : HtmlCell.Suppressed),
            (o.T("Watch resources", "Ressources de veille"), HtmlCell.Integer(g.WatchResourceCount)),
        ]);
        if (g.Trainings.Count > 0)
        {
            var table = new HtmlTable(o.T("Partner trainings", "Formations des partenaires"), o.T("Date", "Date"), o.T("Title", "Intitulé"), o.T("Participants", "Participants"));
            foreach (var t in g.Trainings)
            {
                table.Row(Date(t.Date), t.Title, TrainingParticipants(t, rule));
            }

            table.Write(w, o);
        }
    }

    private static HtmlCell TrainingParticipants(TrainingSummary t, DisclosureRule rule) =>
        t.Participants is { } n && t.Suppression == CellStatus.Published ? HtmlCell.Count(n, rule) : HtmlCell.Suppressed;

    private static int StatusIndex(ObjectiveStatus status) => status switch
    {
        ObjectiveStatus.OnTrack => 0,
        ObjectiveStatus.AtRisk => 1,
        ObjectiveStatus.OffTrack => 2,
        _ => 3,
    };

    private static string StatusText(ObjectiveStatus status, HtmlOptions o) => status switch
    {
        ObjectiveStatus.OnTrack => o.T("on track", "en bonne voie"),
        ObjectiveStatus.AtRisk => o.T("at risk", "à risque"),
        ObjectiveStatus.OffTrack => o.T("off track", "en retard"),
        _ => o.T("not measured", "non mesuré"),
    };

    private static string UnitText(IndicatorUnit unit, HtmlOptions o) => unit switch
    {
        IndicatorUnit.Percent => "%",
        IndicatorUnit.Count => o.T("number", "nombre"),
        IndicatorUnit.Euros => o.T("euros", "euros"),
        _ => o.T("value", "valeur"),
    };

    private static string Value(decimal value, IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent => HtmlText.Percent(value),
        IndicatorUnit.Euros => HtmlText.Number(value, 2) + " EUR",
        _ => HtmlText.Number(value, 2),
    };

    private static string YesNo(bool value, HtmlOptions o) => value ? o.T("yes", "oui") : o.T("no", "non");

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);
}

using System.Globalization;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Strategy;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Files;

/// <summary>Renders a <see cref="StrategyEvaluation"/> as plain text, Markdown or JSON, in English or French: the
/// report of <c>inclusion plan evaluate</c>, which notebooks and applications print the same way.</summary>
/// <remarks>Counts of people below the evaluation's disclosure threshold are already suppressed in the evaluation and
/// are written as such. Stateless and thread-safe.</remarks>
public static class StrategyEvaluationWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes the evaluation as plain text (aligned tables, upper-case headings).</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="language">The language of labels and messages.</param>
    /// <param name="output">The destination.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteText(StrategyEvaluation evaluation, MessageLanguage language, TextWriter output) =>
        Write(Preconditions.CheckNotNull(evaluation), language, Preconditions.CheckNotNull(output), markdown: false);

    /// <summary>Writes the evaluation as Markdown (headings, pipe tables, bullet lists).</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="language">The language of labels and messages.</param>
    /// <param name="output">The destination.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteMarkdown(StrategyEvaluation evaluation, MessageLanguage language, TextWriter output) =>
        Write(Preconditions.CheckNotNull(evaluation), language, Preconditions.CheckNotNull(output), markdown: true);

    /// <summary>Writes the evaluation as indented JSON (<see cref="InclusionJson.SerializeEvaluation"/>) and a line break.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="output">The destination.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteJson(StrategyEvaluation evaluation, TextWriter output) =>
        Preconditions.CheckNotNull(output).WriteLine(InclusionJson.SerializeEvaluation(evaluation, indented: true));

    private static void Write(StrategyEvaluation e, MessageLanguage language, TextWriter o, bool markdown)
    {
        var fr = language == MessageLanguage.French;
        string T(string en, string french) => fr ? french : en;
        void Heading(string text)
        {
            o.WriteLine();
            o.WriteLine(markdown ? "## " + text : text.ToUpperInvariant());
            o.WriteLine();
        }

        void Table(string[] header, IEnumerable<string[]> rows)
        {
            var all = rows.ToList();
            if (markdown)
            {
                o.WriteLine("| " + string.Join(" | ", header) + " |");
                o.WriteLine("|" + string.Concat(header.Select(_ => "---|")));
                foreach (var row in all)
                {
                    o.WriteLine("| " + string.Join(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |");
                }

                return;
            }

            var widths = header.Select((h, i) => Math.Max(h.Length, all.Count == 0 ? 0 : all.Max(r => r[i].Length))).ToArray();
            o.WriteLine(string.Join("  ", header.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
            foreach (var row in all)
            {
                o.WriteLine(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
            }
        }

        o.WriteLine(markdown ? "# " + e.Name : e.Name);
        o.WriteLine();
        o.WriteLine($"{T("Territory", "Territoire")}: {e.Territory} · {T("period", "période")} {D(e.PeriodStart)} – {D(e.PeriodEnd)} · {T("plan", "plan")} {Kind(e.PlanKind, fr)} {D(e.PlanStart)} – {D(e.PlanEnd)}");
        o.WriteLine($"{T("Evaluated on", "Évalué au")} {D(e.EvaluatedOn)} · {T("thresholds", "seuils")}: {T("at risk beyond", "à risque au-delà de")} {P(e.AtRiskLag * 100)} %, {T("off track beyond", "décroché au-delà de")} {P(e.OffTrackLag * 100)} % {T("of the planned change", "de l'évolution prévue")}; {T("stale after", "ancienne après")} {e.StaleAfterDays} {T("days", "jours")}");

        Heading(T("Objectives", "Objectifs"));
        o.WriteLine($"{T("on track", "en bonne voie")} {e.OnTrackCount} · {T("at risk", "à risque")} {e.AtRiskCount} · {T("off track", "décrochés")} {e.OffTrackCount} · {T("not measured", "non mesurés")} {e.NotMeasuredCount} · {T("stale", "mesure ancienne")} {e.StaleCount}");
        o.WriteLine();
        Table(
            [T("id", "id"), T("axis", "axe"), T("indicator", "indicateur"), T("baseline", "départ"), T("target", "cible"), T("latest", "dernière"), T("expected", "attendu"), T("progress", "progrès"), T("status", "état")],
            e.Objectives.Select(x => new[]
            {
                x.Id, x.AxisCode, x.IndicatorId,
                $"{P(x.BaselineValue)} ({D(x.BaselineDate)})",
                $"{P(x.TargetValue)} ({D(x.Deadline)})",
                x.LatestValue is { } v ? $"{P(v)} ({D(x.LatestDate!.Value)}){(x.IsStale ? T(" stale", " ancienne") : string.Empty)}" : "—",
                x.ExpectedValue is { } ev ? P(decimal.Round(ev, 3, MidpointRounding.AwayFromZero)) : "—",
                x.ProgressPercent is { } pp ? $"{P(pp)} % / {P(x.ExpectedProgressPercent!.Value)} %" : "—",
                Status(x.Status, fr),
            }));

        Heading(T("Axes", "Axes"));
        Table(
            [T("axis", "axe"), T("name", "nom"), T("retained", "retenu"), T("objectives", "objectifs"), T("actions", "actions"), T("covered", "couvert")],
            e.Axes.Select(a => new[] { a.Code, a.Name, YesNo(a.IsRetained, fr), N(a.ObjectiveCount), N(a.ActionCount), YesNo(a.IsCovered, fr) }));

        Heading(T("Funding by source", "Financements par source"));
        Table(
            [T("source", "source"), T("lines", "lignes"), T("planned €", "prévu €"), T("share", "part"), T("committed €", "engagé €"), T("spent €", "dépensé €"), T("committed", "engagé"), T("spent", "dépensé")],
            e.Sources.Select(s => new[]
            {
                Source(s.Source, fr), N(s.LineCount), M(s.Totals.Planned), P(s.SharePercent) + " %", M(s.Totals.Committed), M(s.Totals.Spent),
                P(s.Totals.CommittedPercent) + " %", P(s.Totals.SpentPercent) + " %",
            }).Append([T("total", "total"), N(e.Sources.Sum(s => s.LineCount)), M(e.Totals.Planned), "100 %", M(e.Totals.Committed), M(e.Totals.Spent), P(e.Totals.CommittedPercent) + " %", P(e.Totals.SpentPercent) + " %"]));
        o.WriteLine();
        o.WriteLine($"{T("Declared budgets of the actions", "Budgets déclarés des actions")}: {M(e.Budget)} €");

        Heading(T("Actions", "Actions"));
        Table(
            [T("id", "id"), T("axis", "axe"), T("lead", "porteur"), T("budget €", "budget €"), T("planned €", "prévu €"), T("committed", "engagé"), T("spent", "dépensé"), T("co-financing", "cofinancement")],
            e.Actions.Select(a => new[]
            {
                a.Id, a.AxisCode, a.LeadId, M(a.Budget) + (a.IsBalanced ? string.Empty : " ≠"), M(a.Totals.Planned),
                P(a.Totals.CommittedPercent) + " %", P(a.Totals.SpentPercent) + " %",
                string.Join(", ", a.Sources.Select(s => $"{Source(s.Source, fr)} {P(s.SharePercent)} %")),
            }));

        Heading(T("Participation (seed references)", "Participation (références du texte fondateur)"));
        foreach (var (label, r) in new[] { (T("Contributors to participation bodies", "Contributeurs aux instances de participation"), e.Participation), (T("Creative uses of the web", "Usages créatifs du web"), e.CreativeUses) })
        {
            var value = r.ValuePercent is { } v ? $"{P(v)} % ({D(r.Date!.Value)}), {T("gap", "écart")} {P(r.GapPoints!.Value)} pt" : T("not measured", "non mesuré");
            o.WriteLine($"{(markdown ? "- " : string.Empty)}{label}: {value} · {T("reference", "référence")} {P(r.ReferencePercent)} %");
        }

        Heading(T("Actors engaged", "Acteurs engagés"));
        Table(
            [T("actor", "acteur"), T("name", "nom"), T("led", "porte"), T("partner", "partenaire"), T("funding lines", "lignes financées"), T("governance", "gouvernance"), T("commitment", "engagement")],
            e.Actors.Select(a => new[]
            {
                a.Id, a.Name, N(a.ActionsLed), N(a.ActionsPartnered), N(a.FundingLines),
                string.Join(", ", a.GovernanceRoles.Select(r => r.ToString().ToLowerInvariant())), YesNo(a.HasCommitmentInForce, fr),
            }));

        Heading(T("Commitments", "Engagements"));
        o.WriteLine($"{T("signed", "signés")}: {e.CommitmentsSigned} / {e.Commitments.Count}");
        o.WriteLine();
        Table(
            [T("actor", "acteur"), T("kind", "nature"), T("title", "titre"), T("signed on", "signé le"), T("in force", "en vigueur")],
            e.Commitments.Select(c => new[] { c.ActorId, CommitmentKindName(c.Kind, fr), c.Title, D(c.SignedOn), YesNo(c.IsInForce, fr) }));

        Heading(T("Governance", "Gouvernance"));
        var g = e.Governance;
        o.WriteLine($"{T("Coordination", "Coordination")}: {g.CoordinatorId} · {T("members", "membres")} {g.MemberCount} · {T("meetings held", "réunions tenues")} {g.MeetingsHeld}{(g.LastMeeting is { } last ? $" ({T("last", "dernière")} {D(last)})" : string.Empty)} · {T("attendance", "présences")} {Count(g.MeetingAttendeesTotal, e.DisclosureThreshold, fr)}");
        o.WriteLine($"{T("Partner training", "Formation des partenaires")}: {g.Trainings.Count} {T("sessions", "sessions")}, {Count(g.TrainingParticipantsTotal, e.DisclosureThreshold, fr)} {T("participants", "participants")} · {T("watch resources", "ressources de veille")} {g.WatchResourceCount}");
        foreach (var t in g.Trainings)
        {
            o.WriteLine($"  {(markdown ? "- " : string.Empty)}{D(t.Date)} {t.Title}: {Count(t.Participants, e.DisclosureThreshold, fr)}");
        }

        Heading(T("Findings", "Constats"));
        if (e.Findings.Issues.Count == 0)
        {
            o.WriteLine(T("None.", "Aucun."));
        }

        foreach (var issue in e.Findings.Issues)
        {
            o.WriteLine((markdown ? "- " : string.Empty) + issue.ToString(language));
        }
    }

    private static string Count(long? value, int threshold, bool fr) =>
        value is { } v ? v.ToString(Invariant) : (fr ? $"masqué (< {threshold} ou secret secondaire)" : $"suppressed (< {threshold} or secondary)");

    private static string D(LocalDate date) => date.ToString("uuuu-MM-dd", Invariant);

    private static string P(decimal value) => value.ToString("0.###", Invariant);

    private static string M(Money money) => money.Amount.ToString("#,0.00", Invariant).Replace(",", " ", StringComparison.Ordinal);

    private static string N(int value) => value.ToString(Invariant);

    private static string YesNo(bool value, bool fr) => value ? (fr ? "oui" : "yes") : (fr ? "non" : "no");

    private static string Kind(ActionPlanKind kind, bool fr) => kind == ActionPlanKind.Annual ? (fr ? "annuel" : "annual") : (fr ? "pluriannuel" : "multi-year");

    private static string Status(ObjectiveStatus status, bool fr) => status switch
    {
        ObjectiveStatus.OnTrack => fr ? "en bonne voie" : "on track",
        ObjectiveStatus.AtRisk => fr ? "à risque" : "at risk",
        ObjectiveStatus.OffTrack => fr ? "décroché" : "off track",
        _ => fr ? "non mesuré" : "not measured",
    };

    private static string CommitmentKindName(CommitmentKind kind, bool fr) => kind switch
    {
        CommitmentKind.Charter => fr ? "charte" : "charter",
        CommitmentKind.TerritorialContract => fr ? "contrat territorial" : "territorial contract",
        CommitmentKind.Convention => "convention",
        _ => fr ? "autre" : "other",
    };

    private static string Source(FundingSource source, bool fr) => source switch
    {
        FundingSource.DroitCommun => "droit commun",
        FundingSource.EuropeanFunds => fr ? "fonds européens" : "EU funds",
        FundingSource.Foundation => fr ? "fondations" : "foundations",
        FundingSource.StateProgramme => fr ? "programmes de l'État" : "State programmes",
        FundingSource.VoucherProgramme => fr ? "chèques" : "vouchers",
        _ => fr ? "autre" : "other",
    };
}

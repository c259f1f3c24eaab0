using Inclusion.Sdk.Skills;
using Inclusion.Sdk.Statistics;

namespace Inclusion.Sdk.Presentation;

/// <summary>Renders skills results: a cohort's waves (share meeting the baseline profile as bars with confidence
/// intervals, mean gain, distribution of levels with small-count suppression) and one person's progress.</summary>
internal static class SkillsHtml
{
    private const string Source = "DigComp 2.2 (European Commission, JRC) and the CRCN/Pix framework, with the SDK's CRCN→DigComp mapping";

    internal static void Write(CohortStatistics cohort, HtmlWriter w, HtmlOptions o)
    {
        var rule = o.Disclosure;
        HtmlSections.Open(w, o, "cohort-statistics", o.T("Skills of a cohort", "Compétences d'une cohorte"));
        HtmlSections.Figures(w, o,
        [
            (o.T("Baseline profile", "Profil de référence"), HtmlCell.Of(cohort.Profile)),
            (o.T("People", "Personnes"), HtmlCell.Count(cohort.PersonCount, rule)),
        ]);
        var waves = cohort.Waves.Select(v => (Wave: v, Hidden: rule.IsSensitive(v.PersonCount))).ToArray();
        var title = o.T("Share meeting the baseline profile, by wave, with Wilson confidence intervals",
            "Part atteignant le profil de référence, par vague, avec intervalles de confiance de Wilson");
        w.Open("figure").Element("figcaption", title);
        SvgCharts.Bars(w, o, title, o.T("Share of people (%)", "Part des personnes (%)"),
            [.. waves.Select(x => x.Hidden ? new BarDatum(WaveLabel(x.Wave.Index, o), null)
                : new BarDatum(WaveLabel(x.Wave.Index, o), x.Wave.MeetingBaseline.Estimate * 100, x.Wave.MeetingBaseline.Wilson.Lower * 100, x.Wave.MeetingBaseline.Wilson.Upper * 100))]);
        w.Close();
        var table = new HtmlTable(o.T("Waves", "Vagues"), o.T("Wave", "Vague"), o.T("People", "Personnes"), o.T("Meeting the profile (%)", "Atteignant le profil (%)"),
            o.T("Lower bound (%)", "Borne basse (%)"), o.T("Upper bound (%)", "Borne haute (%)"), o.T("Mean gain since baseline (levels)", "Gain moyen depuis la référence (niveaux)"));
        foreach (var (wave, hidden) in waves)
        {
            var p = wave.MeetingBaseline;
            table.Row(WaveLabel(wave.Index, o), hidden ? HtmlCell.Suppressed : HtmlCell.Count(wave.PersonCount),
                hidden ? HtmlCell.Suppressed : HtmlCell.Percent(p.Estimate * 100), hidden ? HtmlCell.Suppressed : HtmlCell.Percent(p.Wilson.Lower * 100),
                hidden ? HtmlCell.Suppressed : HtmlCell.Percent(p.Wilson.Upper * 100), hidden ? HtmlCell.Suppressed : HtmlCell.Number(wave.MeanGainFromBaseline, 2));
        }

        table.Write(w, o);
        var levels = waves.Length == 0 ? 0 : waves.Max(x => x.Wave.LevelDistribution.Count);
        if (levels > 0)
        {
            var distribution = new HtmlTable(o.T("Distribution of levels (number of assessed competences)", "Répartition des niveaux (nombre de compétences évaluées)"),
                [o.T("Wave", "Vague"), .. Enumerable.Range(0, levels).Select(l => o.T("Level ", "Niveau ") + HtmlText.Count(l))]);
            foreach (var (wave, hidden) in waves)
            {
                var counts = wave.LevelDistribution.ToArray();
                var published = DisclosureControl.ProtectDistribution(counts, rule);
                distribution.Row(WaveLabel(wave.Index, o),
                    [.. Enumerable.Range(0, levels).Select(l => hidden || l >= counts.Length ? HtmlCell.Suppressed : HtmlCell.Count(published.PublishedValue(l)))]);
            }

            distribution.Write(w, o);
        }

        HtmlSections.Source(w, o, Source);
        w.Close();
    }

    internal static void Write(SkillsProgress progress, HtmlWriter w, HtmlOptions o)
    {
        HtmlSections.Open(w, o, "skills-progress", o.T("Skills progress", "Progression des compétences"));
        HtmlSections.Figures(w, o,
        [
            (o.T("Person (pseudonymous identifier)", "Personne (identifiant pseudonyme)"), HtmlCell.Of(progress.PersonId)),
            (o.T("From", "Du"), HtmlCell.Of(progress.From.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
            (o.T("To", "Au"), HtmlCell.Of(progress.To.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
            (o.T("Mean gain (levels)", "Gain moyen (niveaux)"), HtmlCell.Number(progress.MeanGain, 2)),
        ]);
        var table = new HtmlTable(o.T("Levels by competence", "Niveaux par compétence"), o.T("Competence", "Compétence"),
            o.T("Before (level)", "Avant (niveau)"), o.T("After (level)", "Après (niveau)"), o.T("Gain (levels)", "Gain (niveaux)"));
        foreach (var c in progress.Competences)
        {
            table.Row(c.CompetenceCode, HtmlCell.Integer(c.Before), HtmlCell.Integer(c.After), HtmlCell.Integer(c.Gain));
        }

        table.Write(w, o);
        if (progress.AreaMeanGains.Count > 0)
        {
            var areas = new HtmlTable(o.T("Mean gain by area", "Gain moyen par domaine"), o.T("Area", "Domaine"), o.T("Mean gain (levels)", "Gain moyen (niveaux)"));
            foreach (var (area, gain) in progress.AreaMeanGains.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                areas.Row(area, HtmlCell.Number(gain, 2));
            }

            areas.Write(w, o);
        }

        HtmlSections.Source(w, o, Source);
        w.Close();
    }

    private static string WaveLabel(int index, HtmlOptions o) =>
        index == 0 ? o.T("Baseline", "Référence") : o.T("Follow-up ", "Suivi ") + HtmlText.Count(index);
}

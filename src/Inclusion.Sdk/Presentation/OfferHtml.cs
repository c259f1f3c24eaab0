using Inclusion.Sdk.Offer;

namespace Inclusion.Sdk.Presentation;

/// <summary>Renders the map of the mediation offer: headline figures, density by département, EPCI and commune
/// (places per 10,000 inhabitants), and places by service, public and programme. Places are public facilities and
/// populations come from the census: no small-count rule applies.</summary>
internal static class OfferHtml
{
    internal static void Write(OfferMap map, HtmlWriter w, HtmlOptions o)
    {
        HtmlSections.Open(w, o, "offer-map", o.T("Mediation offer", "Offre de médiation numérique"));
        HtmlSections.Figures(w, o,
        [
            (o.T("Places", "Lieux"), HtmlCell.Integer(map.Places)),
            (o.T("Places outside the commune table", "Lieux hors de la table des communes"), HtmlCell.Integer(map.PlacesOutsideTable)),
            (o.T("Places without coordinates", "Lieux sans coordonnées"), HtmlCell.Integer(map.PlacesWithoutCoordinates)),
            (o.T("Population (inhabitants)", "Population (habitants)"), HtmlCell.Integer(map.Population)),
            (o.T("Communes without a place", "Communes sans lieu"), HtmlCell.Integer(map.CommunesWithoutPlace)),
            (o.T("Population of communes without a place", "Population des communes sans lieu"), HtmlCell.Integer(map.PopulationWithoutPlace)),
            (o.T("Population more than 10 km from a place", "Population à plus de 10 km d'un lieu"), HtmlCell.Integer(map.PopulationBeyond10Km)),
            (o.T("Population more than 20 km from a place", "Population à plus de 20 km d'un lieu"), HtmlCell.Integer(map.PopulationBeyond20Km)),
            (o.T("Places open on Saturday", "Lieux ouverts le samedi"), HtmlCell.Integer(map.OpenOnSaturday)),
            (o.T("Places open after 18:00", "Lieux ouverts après 18 h"), HtmlCell.Integer(map.OpenAfter18)),
            (o.T("Places without opening hours", "Lieux sans horaires"), HtmlCell.Integer(map.PlacesWithoutHours)),
        ]);
        Density(w, o, o.T("Density by département", "Densité par département"), o.T("Département", "Département"), map.ByDepartement);
        Density(w, o, o.T("Density by EPCI", "Densité par EPCI"), o.T("EPCI", "EPCI"), map.ByEpci);
        Density(w, o, o.T("Density by commune", "Densité par commune"), o.T("Commune", "Commune"), map.ByCommune);
        var densest = map.ByCommune.OrderByDescending(d => d.PlacesPer10000).ThenBy(d => d.Code, StringComparer.Ordinal).ToList();
        if (densest.Count > 0)
        {
            SvgCharts.ValueBars(w,
                SvgCharts.TopTitle(o, o.T("Places per 10,000 inhabitants, by commune", "Lieux pour 10 000 habitants, par commune"), densest.Count),
                o.T("Places per 10,000 inhabitants", "Lieux pour 10 000 habitants"),
                [.. densest.Take(SvgCharts.MaxBars).Select(d => new BarDatum(d.Code, d.PlacesPer10000))],
                2);
        }
        Access(w, o, map.Communes);
        Counts(w, o, o.T("Places by service", "Lieux par service"), o.T("Service", "Service"), map.ByService);
        Counts(w, o, o.T("Places by public", "Lieux par public"), o.T("Public", "Public"), map.ByPublic);
        Counts(w, o, o.T("Places by access mode", "Lieux par modalité d'accès"), o.T("Access mode", "Modalité d'accès"), map.ByAccessMode);
        Counts(w, o, o.T("Places by programme", "Lieux par dispositif"), o.T("Programme", "Dispositif"), map.ByProgramme);
        HtmlSections.Source(w, o, "Standard des lieux de médiation numérique (La MedNum / data.inclusion); INSEE Code officiel géographique and census populations");
        w.Close();
    }

    internal static void Write(OfferDensity density, HtmlWriter w, HtmlOptions o)
    {
        HtmlSections.Open(w, o, "offer-density", o.T("Density of the mediation offer", "Densité de l'offre de médiation"));
        Density(w, o, o.T("Density", "Densité"), o.T("Territory", "Territoire"), [density]);
        w.Close();
    }

    private static void Density(HtmlWriter w, HtmlOptions o, string caption, string territory, IReadOnlyList<OfferDensity> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = new HtmlTable(caption, territory, o.T("Population (inhabitants)", "Population (habitants)"), o.T("Places", "Lieux"),
            o.T("Places per 10,000 inhabitants", "Lieux pour 10 000 habitants"), o.T("Communes", "Communes"),
            o.T("Communes without a place", "Communes sans lieu"), o.T("Population without a place", "Population sans lieu"));
        foreach (var d in rows)
        {
            table.Row(d.Code, HtmlCell.Integer(d.Population), HtmlCell.Integer(d.Places), HtmlCell.Number(d.PlacesPer10000, 2),
                HtmlCell.Integer(d.Communes), HtmlCell.Integer(d.CommunesWithoutPlace), HtmlCell.Integer(d.PopulationWithoutPlace));
        }

        table.Write(w, o);
    }

    // The communes farthest from a place (the whole list can hold every commune of France): the SvgCharts.MaxBars
    // farthest, the caption saying how many communes the map holds.
    private static void Access(HtmlWriter w, HtmlOptions o, IReadOnlyList<CommuneAccess> communes)
    {
        if (communes.Count == 0)
        {
            return;
        }

        var farthest = communes.OrderByDescending(c => c.NearestKilometres ?? double.MaxValue).ThenBy(c => c.Commune.Code.ToString(), StringComparer.Ordinal)
            .Take(SvgCharts.MaxBars).ToList();
        var caption = communes.Count <= farthest.Count
            ? o.T("Distance from each commune to the nearest place", "Distance de chaque commune au lieu le plus proche")
            : o.T($"The {HtmlText.Count(farthest.Count)} communes farthest from a place, of {HtmlText.Count(communes.Count)}",
                $"Les {HtmlText.Count(farthest.Count)} communes les plus éloignées d'un lieu, sur {HtmlText.Count(communes.Count)}");
        var table = new HtmlTable(caption, o.T("Commune", "Commune"), o.T("Name", "Nom"), o.T("Population (inhabitants)", "Population (habitants)"),
            o.T("Places in the commune", "Lieux dans la commune"), o.T("Nearest place (km)", "Lieu le plus proche (km)"));
        foreach (var c in farthest)
        {
            table.Row(c.Commune.Code.ToString(), HtmlCell.Of(c.Commune.Name), HtmlCell.Integer(c.Commune.Population), HtmlCell.Integer(c.Places),
                HtmlCell.Number(c.NearestKilometres, 1));
        }

        table.Write(w, o);
    }

    private static void Counts(HtmlWriter w, HtmlOptions o, string caption, string header, IReadOnlyList<KeyValuePair<string, int>> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = new HtmlTable(caption, header, o.T("Places", "Lieux"));
        foreach (var (key, count) in rows)
        {
            table.Row(key, HtmlCell.Integer(count));
        }

        table.Write(w, o);
    }
}

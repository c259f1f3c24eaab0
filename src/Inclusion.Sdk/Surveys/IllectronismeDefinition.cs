namespace Inclusion.Sdk.Surveys;

/// <summary>The INSEE definitions of illectronisme; they differ in domains, user rule and non-use window: never chain them.</summary>
public enum IllectronismeDefinition
{
    /// <summary>Insee Première n° 1780 (2019 data): DSI 1.0, 4 domains; no internet use in the year (12 months), or a
    /// user with no competence in <b>all 4</b> domains. https://www.insee.fr/fr/statistiques/4241397</summary>
    Insee2019 = 2019,

    /// <summary>Insee Première n° 1953 (2021 data): DSI 2.0, 5 domains; no internet use in the last 3 months, or a user
    /// with no competence in <b>at least 4 of 5</b> domains (Eurostat's I_DSK2_X). https://www.insee.fr/fr/statistiques/7633654</summary>
    Insee2021 = 2021,
}

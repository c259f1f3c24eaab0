namespace Inclusion.Sdk.Surveys;

/// <summary>When a respondent last used the internet (the ICT household survey's recency question, coded 1–4).</summary>
public enum InternetUse
{
    /// <summary>1 — within the last 3 months: the respondent is scored by the DSI.</summary>
    LastThreeMonths = 1,

    /// <summary>2 — between 3 months and a year ago.</summary>
    ThreeToTwelveMonths = 2,

    /// <summary>3 — more than a year ago.</summary>
    MoreThanAYear = 3,

    /// <summary>4 — never.</summary>
    Never = 4,
}

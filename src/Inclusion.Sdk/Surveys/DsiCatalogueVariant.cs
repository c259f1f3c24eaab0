namespace Inclusion.Sdk.Surveys;

/// <summary>
/// The two open points of the DSI 2.0 activity list (definitions-confirmed.md §A.5), as choices on the default
/// catalogue. <see cref="None"/> is the documented default: fact-checking is one activity, word processing and
/// spreadsheet are two.
/// </summary>
[Flags]
public enum DsiCatalogueVariant
{
    /// <summary>The default: the four fact-checking variables make one activity; 7 DCC activities.</summary>
    None = 0,

    /// <summary><c>TICXND</c> counts as an information activity of its own, apart from <c>TICCSFOI</c>, <c>TICIDIS</c>,
    /// <c>TICNIDIS</c> (the reading of one public recomputation script): IL has five activities.</summary>
    FactCheckingTwoItems = 1,

    /// <summary>Word processing and spreadsheet count as one activity ("word processing or spreadsheet software", as
    /// in the 2023–2026 Digital Decade summaries): DCC has six activities.</summary>
    WordProcessingOrSpreadsheetMerged = 2,
}

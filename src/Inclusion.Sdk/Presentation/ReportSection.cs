using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Presentation;

/// <summary>
/// One section of a territorial report, as built: its anchor, its title, the results it shows (each rendered by the
/// presentation module), the definitions and sources it cites, and the files it was computed from. A section whose
/// files had errors has no result and says so.
/// </summary>
internal sealed record ReportSection(
    string Id,
    string TitleEn,
    string TitleFr,
    IReadOnlyList<object> Results,
    IReadOnlyList<ReportCitation> Sources,
    IReadOnlyList<string> Files)
{
    /// <summary>Gets whether the section could be computed.</summary>
    internal bool Computed => Results.Count > 0;

    internal string Title(MessageLanguage language) => language == MessageLanguage.French ? TitleFr : TitleEn;
}

/// <summary>A definition or source cited by a section: what it is (English, French) and where it is published.</summary>
internal sealed record ReportCitation(string TextEn, string TextFr, string? Url)
{
    internal string Text(MessageLanguage language) => language == MessageLanguage.French ? TextFr : TextEn;
}

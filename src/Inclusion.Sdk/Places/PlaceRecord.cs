using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Places;

/// <summary>One data row of a places file: its row number, the place built from it (when its required fields are usable) and its issues.</summary>
public sealed class PlaceRecord
{
    internal PlaceRecord(long row, MediationPlace? place, IReadOnlyList<ValidationIssue> issues)
    {
        Row = row;
        Place = place;
        Issues = issues;
        HasErrors = issues.Any(i => i.Severity == Severity.Error);
    }

    /// <summary>Row number counting the header as row 1 (the first data row is 2), as frictionless reports it.</summary>
    public long Row { get; }

    /// <summary>The place, or <see langword="null"/> when a required field (id, nom, adresse, code_postal, commune, date_maj) is missing or unusable.
    /// Optional fields that break a rule are left empty.</summary>
    public MediationPlace? Place { get; }

    /// <summary>Issues of this row (all of them, not capped).</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    /// <summary>Whether the row breaks at least one rule with severity error.</summary>
    public bool HasErrors { get; }
}

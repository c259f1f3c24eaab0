namespace Inclusion.Sdk.Hours;

/// <summary>What an opening_hours value is worth as written: the same three verdicts in the SDK, <c>validate</c> and <c>inclusion hours</c>.</summary>
public enum OpeningHoursVerdict
{
    /// <summary>Valid as written: the value follows the OSM specification and needs no change.</summary>
    Valid = 0,

    /// <summary>
    /// Repaired: the value is not valid OSM syntax as written (free text such as <c>9h30 - 18h</c> or <c>Lundi-Vendredi 9h00-17h00</c>,
    /// French day names, spaces inside ranges…) but was read unambiguously; every warning carries the canonical value as suggestion.
    /// </summary>
    Repaired = 1,

    /// <summary>Invalid: the value was rejected with an error (a stable <c>opening-hours.*</c> rule code and a position).</summary>
    Invalid = 2,
}

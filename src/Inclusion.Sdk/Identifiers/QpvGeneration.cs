namespace Inclusion.Sdk.Identifiers;

/// <summary>The generation of a QPV (quartier prioritaire de la politique de la ville) code.</summary>
/// <remarks>
/// Both generations coexist in data: a 2015 code in a recent file is outdated, not malformed; the official
/// QP2024–QP2015 correspondence table maps one to the other (identifiers.md §10).
/// </remarks>
public enum QpvGeneration
{
    /// <summary>No generation: the value of <c>default(QpvCode)</c>, never of a parsed code.</summary>
    None = 0,

    /// <summary>
    /// QPVs of décrets n° 2014-1750 and 2014-1751 (in force 1 January 2015 to 31 December 2023 in metropolitan France,
    /// 31 December 2024 overseas), coded <c>QP</c> + département + 3 digits, such as <c>QP093028</c>.
    /// </summary>
    Qp2015 = 2015,

    /// <summary>
    /// QPVs of décret n° 2023-1314 (in force 1 January 2024 in metropolitan France), coded <c>QN</c> + département +
    /// 2 digits + <c>N</c> (new), <c>M</c> (modified contour) or <c>I</c> (unchanged contour), such as <c>QN07511M</c>.
    /// </summary>
    Qp2024 = 2024,
}

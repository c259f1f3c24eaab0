using System.Globalization;

namespace Inclusion.Sdk.Territories;

/// <summary>
/// A territory known to a <see cref="TerritoryRegistry"/>: a commune or municipal arrondissement, a département or
/// overseas collectivity, a région, or France; with its name, optional population and parents.
/// </summary>
/// <remarks>
/// <para>Territories are created by a <see cref="TerritoryRegistry"/>, which guarantees that every parent is in the
/// same registry. <see cref="Parents"/> go from the finest to the coarsest level:</para>
/// <list type="bullet">
/// <item>commune: its département and its région (<c>2A004</c> → <c>2A</c>, <c>94</c>); a commune of an overseas
/// collectivity has the collectivity only (<c>97502</c> → <c>975</c>);</item>
/// <item>municipal arrondissement of Paris, Lyon or Marseille: its commune, département and région
/// (<c>75101</c> → <c>75056</c>, <c>75</c>, <c>11</c>);</item>
/// <item>département: its région; overseas collectivity and région: France; France: none.</item>
/// </list>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Territory
{
    internal Territory(TerritoryId id, string name, long? population, TerritoryId[] parents, bool isOverseasCollectivity = false, bool isArrondissement = false)
    {
        Id = id;
        Name = name;
        Population = population;
        ParentIds = parents;
        IsOverseasCollectivity = isOverseasCollectivity;
        IsArrondissement = isArrondissement;
    }

    /// <summary>The reference of this territory (level and code).</summary>
    public TerritoryId Id { get; }

    /// <summary>The level, the same as <c>Id.Level</c>.</summary>
    public TerritoryLevel Level => Id.Level;

    /// <summary>The official code, the same as <c>Id.Code</c>, for example <c>2A004</c>, <c>2A</c>, <c>94</c> or <c>FR</c>.</summary>
    public string Code => Id.Code;

    /// <summary>The official name with accents, for example « Ajaccio », « Corse-du-Sud », « Corse ».</summary>
    public string Name { get; }

    /// <summary>The population, when the source gave one.</summary>
    public long? Population { get; }

    /// <summary>The parents, from the finest level to the coarsest (see the remarks of <see cref="Territory"/>).</summary>
    public IReadOnlyList<TerritoryId> Parents => ParentIds;

    /// <summary>
    /// True for the overseas collectivities of the COG (<c>975</c>, <c>977</c>, <c>978</c>, <c>984</c>, <c>986</c>,
    /// <c>987</c>, <c>988</c>, <c>989</c>), which have the level <see cref="TerritoryLevel.Departement"/> but are not
    /// départements.
    /// </summary>
    public bool IsOverseasCollectivity { get; }

    /// <summary>True for a municipal arrondissement of Paris, Lyon or Marseille (INSEE type ARM, for example <c>75101</c>).</summary>
    public bool IsArrondissement { get; }

    internal TerritoryId[] ParentIds { get; }

    /// <summary>Formats the territory as <c>name (level:code)</c>, for example <c>Ajaccio (commune:2A004)</c>.</summary>
    /// <returns>The formatted territory.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({Id})");
}

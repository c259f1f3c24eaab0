using System.Diagnostics.CodeAnalysis;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Territories;

/// <summary>
/// The territories known to the SDK — France, the 18 régions, the 101 départements and the 8 overseas collectivities
/// of the COG 2026, shipped in the package — plus the communes of a commune table loaded with
/// <c>Inclusion.Sdk.Files.TerritoryRegistryFile.Load</c>;
/// with fast look-ups by code, postal code and parent.
/// </summary>
/// <remarks>
/// <para><b>Files.</b> Two CSV layouts are recognised from the header (case-insensitive column names, separator
/// detected; a JSON array of objects with the coop member names is read too): the coop-mediation-numerique layout <c>code_insee,nom,code_postal</c>, where several postal codes may
/// be listed in one quoted cell (<c>"06100, 06000"</c>), and INSEE's COG commune layout
/// <c>TYPECOM,COM,REG,DEP,CTCD,ARR,TNCC,NCC,NCCENR,LIBELLE,CAN,COMPARENT</c>, of which only the rows of type
/// <c>COM</c> (communes) and <c>ARM</c> (municipal arrondissements) are kept — communes déléguées and associées share
/// the code space and are skipped. Either layout may have an extra <c>population</c> column.</para>
/// <para><b>Errors.</b> Loading never throws on bad content: a bad row (unparsable code, missing name, bad postal
/// code, duplicate code) is reported with its location in the load result's report (rule codes
/// <c>territory-file.*</c>, and <c>file.*</c> for the file itself: empty, not UTF-8, missing column, wrong number of
/// cells…; rows are counted with the header as row 1) and skipped; the other rows are kept.</para>
/// <para><b>Paris, Lyon, Marseille.</b> When a file lists the municipal arrondissements (<c>75101</c>…,
/// <c>69381</c>…, <c>13201</c>…) without their commune (<c>75056</c>, <c>69123</c>, <c>13055</c>), as the coop
/// file does, the commune is added as their parent, with the union of their postal codes and no population, and an
/// informational issue <c>territory-file.parent-commune-added</c> is reported. <see cref="FindByPostalCode"/> then
/// returns the arrondissement before the commune.</para>
/// <para><b>Performance.</b> Look-ups are dictionary reads and allocate nothing.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class TerritoryRegistry
{
    private static readonly Lazy<TerritoryRegistry> ReferenceInstance = new(() => new TerritoryRegistry([]));

    private static readonly (string Code, string Name)[] ArrondissementParents =
    [
        ("75056", "Paris"),
        ("69123", "Lyon"),
        ("13055", "Marseille"),
    ];

    private readonly Dictionary<TerritoryId, Territory> byId;
    private readonly Dictionary<CommuneCode, CommuneEntry> communes;
    private readonly Dictionary<PostalCode, Territory[]> byPostalCode;
    private readonly Dictionary<TerritoryId, Territory[]> children;
    private readonly Territory[][] byLevel;

    private TerritoryRegistry(IReadOnlyList<CommuneRow> rows)
    {
        var reference = CogReferenceData.Current;
        byId = new Dictionary<TerritoryId, Territory>(rows.Count + 130);
        communes = new Dictionary<CommuneCode, CommuneEntry>(rows.Count);

        var france = new Territory(TerritoryId.France, "France", null, []);
        byId.Add(france.Id, france);
        foreach (var region in reference.Regions)
        {
            Add(new Territory(TerritoryId.Trusted(TerritoryLevel.Region, region.Code), region.Name, null, [TerritoryId.France]));
        }

        foreach (var departement in reference.Departements)
        {
            Add(new Territory(
                TerritoryId.Trusted(TerritoryLevel.Departement, departement.Code),
                departement.Name,
                null,
                [TerritoryId.Trusted(TerritoryLevel.Region, departement.Extra)]));
        }

        foreach (var collectivity in reference.Collectivities)
        {
            Add(new Territory(TerritoryId.Trusted(TerritoryLevel.Departement, collectivity.Code), collectivity.Name, null, [TerritoryId.France], isOverseasCollectivity: true));
        }

        // Communes before arrondissements, so that an arrondissement finds its parent commune.
        var postal = new Dictionary<PostalCode, List<Territory>>();
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var row in rows)
            {
                var isArrondissement = row.Parent != row.Code;
                if (isArrondissement != (pass == 1))
                {
                    continue;
                }

                var (departement, region) = AreasOf(row.Code);
                var parents = new List<TerritoryId>(3);
                if (isArrondissement && communes.ContainsKey(row.Parent))
                {
                    parents.Add(TerritoryId.For(row.Parent));
                }

                if (departement is not null)
                {
                    parents.Add(departement.Id);
                }

                if (region is not null)
                {
                    parents.Add(region.Id);
                }

                var territory = new Territory(TerritoryId.For(row.Code), row.Name, row.Population, [.. parents], isArrondissement: isArrondissement);
                Add(territory);
                communes.Add(row.Code, new CommuneEntry(
                    territory,
                    departement is { IsOverseasCollectivity: false } ? departement : null,
                    region,
                    row.PostalCodes));
                foreach (var postalCode in row.PostalCodes)
                {
                    if (!postal.TryGetValue(postalCode, out var list))
                    {
                        postal.Add(postalCode, list = new List<Territory>(1));
                    }

                    list.Add(territory);
                }
            }
        }

        byPostalCode = new Dictionary<PostalCode, Territory[]>(postal.Count);
        foreach (var (postalCode, list) in postal)
        {
            // Finest first: an arrondissement before its commune.
            list.Sort(static (a, b) => b.IsArrondissement.CompareTo(a.IsArrondissement));
            byPostalCode.Add(postalCode, [.. list]);
        }

        var childLists = new Dictionary<TerritoryId, List<Territory>>();
        var levelLists = new List<Territory>[(int)TerritoryLevel.Country + 1];
        for (var i = 0; i < levelLists.Length; i++)
        {
            levelLists[i] = [];
        }

        foreach (var territory in byId.Values)
        {
            levelLists[(int)territory.Level].Add(territory);
            if (territory.ParentIds.Length > 0)
            {
                var parent = territory.ParentIds[0];
                if (!childLists.TryGetValue(parent, out var list))
                {
                    childLists.Add(parent, list = []);
                }

                list.Add(territory);
            }
        }

        children = new Dictionary<TerritoryId, Territory[]>(childLists.Count);
        foreach (var (parent, list) in childLists)
        {
            children.Add(parent, [.. list]);
        }

        byLevel = Array.ConvertAll(levelLists, l => l.ToArray());
    }

    /// <summary>
    /// The registry of the reference data alone: France, the 18 régions, the 101 départements and the 8 overseas
    /// collectivities, without communes.
    /// </summary>
    public static TerritoryRegistry Reference => ReferenceInstance.Value;

    /// <summary>The number of territories, all levels together (France included).</summary>
    public int Count => byId.Count;

    /// <summary>The number of valid commune and arrondissement rows read from the loaded commune table (parent
    /// communes added for arrondissements excluded); 0 for <see cref="Reference"/>.</summary>
    public int CommunesRead { get; private init; }

    /// <summary>Builds a registry from the valid rows of a commune table, adding the missing parent communes of
    /// arrondissements (reported to <paramref name="issues"/>).</summary>
    internal static TerritoryRegistry FromCommunes(List<CommuneRow> rows, string? source, IIssueSink issues)
    {
        var read = rows.Count;
        AddMissingArrondissementParents(rows, source, issues);
        return new TerritoryRegistry(rows) { CommunesRead = read };
    }

    /// <summary>Gets a territory by reference.</summary>
    /// <param name="id">The reference.</param>
    /// <param name="territory">The territory, or <see langword="null"/> when the registry does not hold it.</param>
    /// <returns><see langword="true"/> when the registry holds the territory.</returns>
    public bool TryGet(TerritoryId id, [NotNullWhen(true)] out Territory? territory) => byId.TryGetValue(id, out territory);

    /// <summary>
    /// Whether <paramref name="area"/> contains <paramref name="territory"/>: the same territory, France, or one of its
    /// parents (an IRIS is in its commune, an arrondissement in its commune, a commune in its département or overseas
    /// collectivity and its région).
    /// </summary>
    /// <param name="area">The containing territory, for example a programme's perimeter.</param>
    /// <param name="territory">The territory to place, for example a provider's commune.</param>
    /// <returns><see langword="true"/> when <paramref name="territory"/> lies in <paramref name="area"/>.</returns>
    /// <remarks>
    /// A commune that no loaded file holds is placed from its code (its département is part of the code), so the
    /// <see cref="Reference"/> registry answers for every commune, IRIS and département. EPCI membership and QPVs are not
    /// derivable from codes: an EPCI or a QPV contains only itself.
    /// </remarks>
    public bool Contains(TerritoryId area, TerritoryId territory)
    {
        if (area == territory || area == TerritoryId.France)
        {
            return true;
        }

        if (territory.Level == TerritoryLevel.Iris && IrisCode.TryParse(territory.Code, out var iris))
        {
            return Contains(area, TerritoryId.For(iris.Commune));
        }

        if (byId.TryGetValue(territory, out var known))
        {
            return known.Parents.Contains(area);
        }

        if (territory.Level == TerritoryLevel.Commune && CommuneCode.TryParse(territory.Code, out var commune))
        {
            if (commune.IsArrondissement && TerritoryId.For(commune.ParentCommune) == area)
            {
                return true;
            }

            var code = commune.ToString();
            var departement = TerritoryId.Parse(TerritoryLevel.Departement, code.StartsWith("97", StringComparison.Ordinal) || code.StartsWith("98", StringComparison.Ordinal) ? code[..3] : code[..2]);
            return departement.Success && Contains(area, departement.Value);
        }

        return false;
    }

    /// <summary>Gets a commune or municipal arrondissement.</summary>
    /// <param name="commune">The commune code.</param>
    /// <returns>The territory, or <see langword="null"/> when no loaded file had this commune.</returns>
    public Territory? Find(CommuneCode commune) => communes.TryGetValue(commune, out var entry) ? entry.Territory : null;

    /// <summary>The communes (and arrondissements) served by a postal code: the relation is many-to-many.</summary>
    /// <param name="postalCode">The postal code.</param>
    /// <returns>The communes, arrondissements before their commune; empty when the code is unknown (a CEDEX code, for example).</returns>
    public IReadOnlyList<Territory> FindByPostalCode(PostalCode postalCode) =>
        byPostalCode.TryGetValue(postalCode, out var territories) ? territories : [];

    /// <summary>The postal codes of a commune, in the order of the file.</summary>
    /// <param name="commune">The commune code.</param>
    /// <returns>The postal codes; empty when the commune is unknown or has none.</returns>
    public IReadOnlyList<PostalCode> PostalCodesOf(CommuneCode commune) =>
        communes.TryGetValue(commune, out var entry) ? entry.PostalCodes : [];

    /// <summary>The département of a commune.</summary>
    /// <param name="commune">The commune code.</param>
    /// <returns>The département; <see langword="null"/> when the commune is unknown or belongs to an overseas collectivity.</returns>
    public Territory? DepartementOf(CommuneCode commune) =>
        communes.TryGetValue(commune, out var entry) ? entry.Departement : null;

    /// <summary>The région of a commune.</summary>
    /// <param name="commune">The commune code.</param>
    /// <returns>The région; <see langword="null"/> when the commune is unknown or belongs to an overseas collectivity.</returns>
    public Territory? RegionOf(CommuneCode commune) =>
        communes.TryGetValue(commune, out var entry) ? entry.Region : null;

    /// <summary>
    /// The direct children of a territory: the territories whose first parent it is (the départements of a région,
    /// the communes of a département, the arrondissements of Paris, Lyon or Marseille…).
    /// </summary>
    /// <param name="id">The parent.</param>
    /// <returns>The children; empty when there are none.</returns>
    public IReadOnlyList<Territory> ChildrenOf(TerritoryId id) => children.TryGetValue(id, out var list) ? list : [];

    /// <summary>The territories of one level, in no particular order.</summary>
    /// <param name="level">The level. <see cref="TerritoryLevel.Departement"/> includes the overseas collectivities
    /// (see <see cref="Territory.IsOverseasCollectivity"/>); <see cref="TerritoryLevel.Commune"/> includes the
    /// municipal arrondissements.</param>
    /// <returns>The territories; empty for a level the registry does not hold (IRIS, QPV, EPCI).</returns>
    public IReadOnlyList<Territory> OfLevel(TerritoryLevel level) =>
        (uint)level < (uint)byLevel.Length ? byLevel[(int)level] : [];

    private static void AddMissingArrondissementParents(List<CommuneRow> rows, string? source, IIssueSink report)
    {
        var present = new HashSet<CommuneCode>();
        foreach (var row in rows)
        {
            present.Add(row.Code);
        }

        var missing = new Dictionary<CommuneCode, List<PostalCode>>();
        foreach (var row in rows)
        {
            if (row.Parent == row.Code || present.Contains(row.Parent))
            {
                continue;
            }

            if (!missing.TryGetValue(row.Parent, out var postalCodes))
            {
                missing.Add(row.Parent, postalCodes = []);
            }

            foreach (var postalCode in row.PostalCodes)
            {
                if (!postalCodes.Contains(postalCode))
                {
                    postalCodes.Add(postalCode);
                }
            }
        }

        foreach (var (parent, postalCodes) in missing)
        {
            var code = parent.ToString();
            var name = code;
            foreach (var known in ArrondissementParents)
            {
                if (known.Code == code)
                {
                    name = known.Name;
                }
            }

            rows.Add(new CommuneRow(parent, name, [.. postalCodes], null, parent));
            report.Add(TerritoryRules.ParentCommuneAdded.Issue(code, location: new IssueLocation(source, null, null, null), extra: name));
        }
    }

    private void Add(Territory territory) => byId.Add(territory.Id, territory);

    private (Territory? Departement, Territory? Region) AreasOf(CommuneCode commune)
    {
        // The département (or overseas collectivity) code is the first two characters of a metropolitan commune
        // code and the first three of an overseas one (identifiers.md §6).
        var code = commune.ToString();
        var area = TerritoryId.Trusted(TerritoryLevel.Departement, code[..(commune.IsOverseas ? 3 : 2)]);

        if (!byId.TryGetValue(area, out var territory))
        {
            return (null, null);
        }

        Territory? region = null;
        if (!territory.IsOverseasCollectivity && territory.ParentIds.Length > 0)
        {
            byId.TryGetValue(territory.ParentIds[0], out region);
        }

        return (territory, region);
    }

    private sealed record CommuneEntry(Territory Territory, Territory? Departement, Territory? Region, PostalCode[] PostalCodes);
}

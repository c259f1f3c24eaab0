using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Skills;

/// <summary>
/// A digital competence framework shipped as versioned reference data: DigComp 2.2 (European Commission JRC, 5 areas,
/// 21 competences, 8 proficiency levels in 4 bands) and the French CRCN used by Pix (5 domains, 16 competences,
/// levels 1–8), with our mapping of CRCN competences to DigComp.
/// </summary>
/// <remarks>
/// <para>Sources: Vuorikari R., Kluzer S., Punie Y., <i>DigComp 2.2: The Digital Competence Framework for Citizens</i>,
/// JRC, EUR 31006 EN, 2022 (codes and names unchanged since 2.0); CRCN: décret n° 2019-919 and arrêté du 30 août 2019,
/// competence names as in the Pix code base. Files: <c>Resources/skills/digcomp-2.2.csv</c> and <c>crcn.csv</c>.</para>
/// <para>The <b>CRCN → DigComp mapping is ours</b> (an approximate, documented correspondence by competence content,
/// not an official table): see <see cref="CrcnToDigComp"/>. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class CompetenceFramework
{
    private static readonly Lazy<CompetenceFramework> DigComp = new(() => Load("digcomp-2.2", "DigComp 2.2", "skills/digcomp-2.2.csv", "https://data.europa.eu/doi/10.2760/115376", out _));
    private static readonly Lazy<(CompetenceFramework Framework, Dictionary<string, string[]> Mapping)> CrcnData = new(() =>
    {
        var framework = Load("crcn-2019", "CRCN (Pix)", "skills/crcn.csv", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000039005162", out var mapping);
        return (framework, mapping);
    });

    private readonly Dictionary<string, Competence> byCode;

    private CompetenceFramework(string id, string name, string source, IReadOnlyList<Competence> all)
    {
        Id = id;
        Name = name;
        Source = source;
        Areas = [.. all.Where(c => c.IsArea)];
        Competences = [.. all.Where(c => !c.IsArea)];
        byCode = all.ToDictionary(c => c.Code, StringComparer.Ordinal);
    }

    /// <summary>DigComp 2.2: 5 areas, 21 competences.</summary>
    public static CompetenceFramework DigComp22 => DigComp.Value;

    /// <summary>The CRCN (Cadre de référence des compétences numériques) used by Pix: 5 domains, 16 competences.</summary>
    public static CompetenceFramework Crcn => CrcnData.Value.Framework;

    /// <summary>The identifier and version, <c>digcomp-2.2</c> or <c>crcn-2019</c>.</summary>
    public string Id { get; }

    /// <summary>The display name.</summary>
    public string Name { get; }

    /// <summary>Where the framework is published.</summary>
    public string Source { get; }

    /// <summary>The highest proficiency level: 8 in both frameworks.</summary>
    public const int MaxLevel = 8;

    /// <summary>The areas (DigComp) or domains (CRCN).</summary>
    public IReadOnlyList<Competence> Areas { get; }

    /// <summary>The competences.</summary>
    public IReadOnlyList<Competence> Competences { get; }

    /// <summary>The DigComp band of a proficiency level.</summary>
    /// <param name="level">1 to 8.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is outside 1–8.</exception>
    public static ProficiencyBand BandOf(int level)
    {
        Preconditions.CheckArgumentRange(nameof(level), level, 1, 8);
        return (ProficiencyBand)((level + 1) / 2);
    }

    /// <summary>Our mapping of a CRCN competence to DigComp 2.2 competences (not an official table).</summary>
    /// <param name="crcnCode">A CRCN competence code, for example <c>2.4</c>.</param>
    /// <returns>The DigComp competences, for example 2.3, 2.5 and 2.6 for CRCN 2.4.</returns>
    /// <exception cref="ArgumentException"><paramref name="crcnCode"/> is not a CRCN competence.</exception>
    public static IReadOnlyList<Competence> CrcnToDigComp(string crcnCode)
    {
        Preconditions.CheckArgument(CrcnData.Value.Mapping.TryGetValue(crcnCode ?? string.Empty, out var codes), nameof(crcnCode), $"'{crcnCode}' is not a CRCN competence.");
        return [.. codes.Select(c => DigComp22.Find(c)!)];
    }

    /// <summary>The competence or area of a code, or null.</summary>
    /// <param name="code">For example <c>4.2</c>.</param>
    /// <returns>The competence, or null when the framework has no such code.</returns>
    public Competence? Find(string code) => byCode.GetValueOrDefault(code?.Trim() ?? string.Empty);

    /// <summary>The competences of an area.</summary>
    /// <param name="areaCode">For example <c>2</c>.</param>
    /// <returns>The competences, none for an unknown area.</returns>
    public IReadOnlyList<Competence> CompetencesOf(string areaCode) => [.. Competences.Where(c => c.AreaCode == areaCode)];

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Areas.Count} areas, {Competences.Count} competences";

    private static CompetenceFramework Load(string id, string name, string resource, string source, out Dictionary<string, string[]> mapping)
    {
        var table = EmbeddedCsv.Read(resource);
        int code = table.IndexOf("code"), label = table.IndexOf("name"), digcomp = table.IndexOf("digcomp");
        var all = new List<Competence>();
        mapping = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var competence = new Competence(row[code], row[label], id);
            all.Add(competence);
            if (digcomp >= 0 && !competence.IsArea)
            {
                mapping[competence.Code] = row[digcomp].Split('|', StringSplitOptions.RemoveEmptyEntries);
            }
        }

        return new CompetenceFramework(id, name, source, all);
    }
}

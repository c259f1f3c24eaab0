using Inclusion.Sdk.Identifiers;

namespace Inclusion.Sdk.Tests.Identifiers;

public class DepartementCodeTests
{
    /// <summary>The 101 départements of COG 2026 (identifiers.md §6, "Format").</summary>
    internal static readonly string[] All =
    [
        .. Enumerable.Range(1, 95).Where(n => n != 20).Select(n => n.ToString("D2")),
        "2A", "2B", "971", "972", "973", "974", "976",
    ];

    [Fact] // identifiers.md §6: 101 départements
    public void Parse_accepts_exactly_the_101_departements()
    {
        Assert.Equal(101, All.Length);
        foreach (string code in All)
        {
            IdentifierAssert.Valid<DepartementCode>(code);
        }
    }

    [Theory] // identifiers.md §6, "Valid"
    [InlineData("01")]
    [InlineData("2A")]
    [InlineData("2B")]
    [InlineData("95")]
    [InlineData("971")]
    [InlineData("976")]
    public void Parse_accepts_the_examples_of_the_specification(string text) => IdentifierAssert.Valid<DepartementCode>(text);

    [Theory] // identifiers.md §6, "Invalid"
    [InlineData("20", "departement-code.corsica")]
    [InlineData("96", "departement-code.unknown")]
    [InlineData("975", "departement-code.collectivity")]
    [InlineData("977", "departement-code.collectivity")]
    [InlineData("69M", "departement-code.format")]
    public void Parse_rejects_the_invalid_examples_of_the_specification(string text, string rule) =>
        IdentifierAssert.Invalid<DepartementCode>(text, rule);

    [Theory] // identifiers.md §5, collectivity codes
    [InlineData("978")]
    [InlineData("984")]
    [InlineData("986")]
    [InlineData("987")]
    [InlineData("988")]
    [InlineData("989")]
    public void Rule_collectivity(string text) => IdentifierAssert.Invalid<DepartementCode>(text, "departement-code.collectivity");

    [Fact]
    public void Rule_corsica_lists_2A_and_2B() =>
        Assert.Equal(["2A", "2B"], IdentifierAssert.Invalid<DepartementCode>("20", "departement-code.corsica").AllowedValues);

    [Theory]
    [InlineData("00", null)]
    [InlineData("99", null)]
    [InlineData("970", null)]
    [InlineData("075", "75")] // the 3-character form used inside QPV codes
    [InlineData("02A", "2A")]
    [InlineData("0", null)]
    public void Rule_unknown(string text, string? suggestion) =>
        IdentifierAssert.Invalid<DepartementCode>(text, "departement-code.unknown", suggestion);

    [Theory]
    [InlineData("1", "01")]
    [InlineData("9", "09")]
    public void Rule_leading_zero(string text, string suggestion) =>
        IdentifierAssert.Invalid<DepartementCode>(text, "departement-code.leading-zero", suggestion);

    [Theory]
    [InlineData("2C")]
    [InlineData("A")]
    [InlineData("75056")]
    [InlineData("9 71")]
    public void Rule_format(string text) => IdentifierAssert.Invalid<DepartementCode>(text, "departement-code.format");

    [Fact]
    public void Rule_empty() => IdentifierAssert.Invalid<DepartementCode>("", "departement-code.empty");

    [Fact]
    public void Rule_lowercase() => IdentifierAssert.Warned<DepartementCode>(" 2b ", "2B", "departement-code.lowercase", "2B");

    [Fact]
    public void IsOverseas_is_true_for_the_five_overseas_departements() =>
        Assert.Equal(["971", "972", "973", "974", "976"], All.Where(c => DepartementCode.Parse(c).Value.IsOverseas));

    [Fact]
    public void Order_is_the_ordinal_order_of_the_text()
    {
        var parsed = All.Select(c => DepartementCode.Parse(c).Value).Reverse().ToList();
        parsed.Sort();
        Assert.Equal(All.Order(StringComparer.Ordinal), parsed.Select(p => p.ToString()));
        Assert.True(default(DepartementCode) < parsed[0]);
        Assert.Equal(string.Empty, default(DepartementCode).ToString());
        Assert.True(parsed[0] <= parsed[1] && parsed[1] > parsed[0] && parsed[1] >= parsed[0] && parsed[0] != parsed[1]);
    }

    [Theory] // identifiers.md §6, "From a commune code"
    [InlineData("01001", "01")]
    [InlineData("2A004", "2A")]
    [InlineData("2B033", "2B")]
    [InlineData("75101", "75")]
    [InlineData("97105", "971")]
    [InlineData("97209", "972")]
    [InlineData("97302", "973")]
    [InlineData("97411", "974")]
    [InlineData("97611", "976")]
    public void CommuneCode_Departement(string commune, string departement)
    {
        var dep = CommuneCode.Parse(commune).Value.Departement;
        Assert.NotNull(dep);
        Assert.Equal(departement, dep.Value.ToString());
        Assert.Equal(DepartementCode.Parse(departement).Value, dep.Value);
    }

    [Theory] // identifiers.md §5, overseas collectivities are no départements
    [InlineData("97502")]
    [InlineData("97701")]
    [InlineData("97801")]
    [InlineData("98411")]
    [InlineData("98611")]
    [InlineData("98711")]
    [InlineData("98818")]
    [InlineData("98901")]
    public void CommuneCode_Departement_is_null_for_collectivities(string commune) =>
        Assert.Null(CommuneCode.Parse(commune).Value.Departement);

    [Fact]
    public void CommuneCode_Departement_of_default_is_null() => Assert.Null(default(CommuneCode).Departement);
}

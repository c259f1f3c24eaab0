using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Places;

namespace Inclusion.Sdk.Tests.Places;

public class PlacesFixTests
{
    private static readonly string Defective = RepoFiles.RepoPath("docs/samples/lieux-a-corriger.csv");

    private static (PlacesRun Result, string Output) Fix(string text, PlacesValidationSettings? options = null)
    {
        var writer = new StringWriter();
        var result = PlacesTestData.Fix(new MemoryStream(Encoding.UTF8.GetBytes(text)), writer, options ?? PlacesTestData.Options());
        return (result, writer.ToString());
    }

    [Fact]
    public void Fix_mode_rewrites_the_fixable_defects_and_reports_every_change()
    {
        var (result, output) = Fix(File.ReadAllText(Defective));
        var changes = result.Report.Issues.Where(i => i.RuleCode == "places.fix.applied").ToList();
        Assert.Equal(result.ChangeCount, changes.Count);
        Assert.Contains(changes, c => c.Value == "01 80 05 98 80" && c.Suggestion == "+33180059880" && c.Location.Field == "telephone" && c.Location.Row == 2);
        Assert.Contains(changes, c => c.Value == "0590 82 12 34" && c.Suggestion == "+590590821234");
        Assert.Contains(changes, c => c.Value == "1000" && c.Suggestion == "01000");
        Assert.Contains(changes, c => c.Value == "02/04/2026" && c.Suggestion == "2026-04-02");
        Assert.Contains(changes, c => c.Location.Field == "latitude" && c.Value == "5.22561" && c.Suggestion == "46.20574");

        var again = PlacesTestData.Validate(output);
        string[] fixedRules = ["places.telephone.national", "places.modalites-acces.enum-tolerant", "places.formations-labels.enum-tolerant", "places.nom.whitespace",
            "places.services.duplicate-value", "places.code-postal.invalid", "places.date-maj.invalid", "places.coordinates.swapped", "places.site-web.invalid",
            "places.horaires.normalised", "places.services.empty-segment", "places.publics-specifiquement-adresses.enum-tolerant"];
        foreach (var rule in fixedRules)
        {
            Assert.Contains(result.Report.Issues, i => i.RuleCode == rule);
            Assert.DoesNotContain(again.Report.Issues, i => i.RuleCode == rule);
        }

        // Unfixable values are kept and still reported.
        Assert.Contains(again.Report.Issues, i => i.RuleCode == "places.pivot.invalid" && i.Value == "43493312300028");
        Assert.Contains(again.Report.Issues, i => i.RuleCode == "places.coordinates.lambert93");
        Assert.Contains(again.Report.Issues, i => i.RuleCode == "places.services.enum" && i.Value == "Aide aux démarches administrative");
    }

    [Fact]
    public void Fixing_a_fixed_file_changes_nothing()
    {
        var (_, once) = Fix(File.ReadAllText(Defective));
        var (second, twice) = Fix(once);
        Assert.Equal(once, twice);
        Assert.Equal(0, second.ChangeCount);
    }

    [Fact]
    public void A_valid_file_is_written_back_unchanged_in_content()
    {
        var (result, output) = Fix(File.ReadAllText(PlacesTestData.OfficialV1));
        Assert.Equal(0, result.ChangeCount);
        var reread = new List<MediationPlace>();
        var original = new List<MediationPlace>();
        PlacesTestData.Validate(output, onRecord: r => reread.Add(r.Place!));
        PlacesTestData.Validate(File.OpenRead(PlacesTestData.OfficialV1), PlacesTestData.Options(), r => original.Add(r.Place!));
        Assert.Equal(original.Single().Services, reread.Single().Services);
        Assert.Equal(original.Single().OpeningHours!.ToString(), reread.Single().OpeningHours!.ToString());
    }

    [Fact]
    public void The_official_v0_sample_migrates_to_a_valid_v1_file()
    {
        var (result, output) = Fix(File.ReadAllText(PlacesTestData.OfficialV0));
        Assert.Equal(PlacesSchemaVersion.V0, result.Schema);
        Assert.Contains(result.Report.Issues, i => i.RuleCode == "places.migration.no-target" && i.Value!.StartsWith("Adultes", StringComparison.Ordinal));
        Assert.Contains(result.Report.Issues, i => i.RuleCode == "places.migration.dropped" && i.Value == "cle_ban");
        var migrated = PlacesTestData.Validate(output);
        Assert.Equal(PlacesSchemaVersion.V1, migrated.Schema);
        Assert.True(migrated.IsValid, string.Join("\n", migrated.Report.Issues));
        Assert.Contains("France Services|Point d'accès numérique CAF", output, StringComparison.Ordinal);
        Assert.Contains("APTIC|SudLabs|Nièvre médiation numérique", output, StringComparison.Ordinal);
        Assert.Contains("contact@laquincaillerie.tl", output, StringComparison.Ordinal);
        Assert.Contains("https://www.laquincaillerie.tl/|https://m.facebook.com/laquincaillerienumerique/", output, StringComparison.Ordinal);
    }

    [Fact]
    public void National_phone_numbers_normalise_to_a_canonical_e164_that_is_stable() =>
        Prop.ForAll(
            (from first in Gen.Choose(1, 9) from rest in Gen.Choose(0, 99_999_999) select $"0{first}{rest:00000000}").ToArbitrary(),
            national =>
            {
                var outcome = PlaceTextChecks.CheckPhone(national, out var e164, out _);
                var spaced = string.Join(' ', national.Chunk(2).Select(c => new string(c)));
                var again = PlaceTextChecks.CheckPhone(spaced, out var e164Spaced, out _);
                return outcome == PlaceTextChecks.PhoneOutcome.Normalisable && again == outcome && e164 == e164Spaced
                    && PlaceTextChecks.CheckPhone(e164!, out var same, out _) == PlaceTextChecks.PhoneOutcome.Canonical && same == e164;
            }).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("0590 82 12 34", "+590590821234")] // Guadeloupe landline
    [InlineData("0696 12 34 56", "+596696123456")] // Martinique mobile
    [InlineData("0262 41 00 00", "+262262410000")] // La Réunion
    [InlineData("0269 61 00 00", "+262269610000")] // Mayotte (+262 since 2007)
    [InlineData("0594 29 00 00", "+594594290000")] // Guyane
    [InlineData("+33 (0)1 80 05 98 80", "+33180059880")]
    [InlineData("0033180059880", "+33180059880")]
    [InlineData("+687 27 12 34", "+687271234")] // New Caledonia, already international
    public void Overseas_and_international_forms_get_their_calling_code(string input, string expected)
    {
        Assert.Equal(PlaceTextChecks.PhoneOutcome.Normalisable, PlaceTextChecks.CheckPhone(input, out var e164, out _));
        Assert.Equal(expected, e164);
    }

    [Fact]
    public void Every_allowed_value_is_found_back_from_a_mangled_spelling()
    {
        foreach (var column in PlacesVocabulary.Columns(PlacesSchemaVersion.V1))
        {
            var values = PlacesVocabulary.AllowedValues(column);
            var matcher = new PlaceEnumMatcher(values);
            foreach (var value in values)
            {
                var mangled = RemoveAccents(value).ToUpperInvariant().Replace("'", "\u2019", StringComparison.Ordinal).Replace(" ", "  ", StringComparison.Ordinal);
                Assert.Equal(value, matcher.Resolve(mangled).Tolerant);
            }
        }
    }

    [Fact]
    public void Enumerations_come_from_the_embedded_schema()
    {
        Assert.Equal(9, PlacesVocabulary.AllowedValues("services").Count);
        Assert.Equal(11, PlacesVocabulary.AllowedValues("dispositif_programmes_nationaux").Count);
        Assert.Contains("Étapes numériques(La Poste)", PlacesVocabulary.AllowedValues("formations_labels"));
        Assert.Contains("Relais numérique (Emmaüs Connect)", PlacesVocabulary.AllowedValues("dispositif_programmes_nationaux"));
        Assert.Equal(15, PlacesVocabulary.AllowedValues("services", PlacesSchemaVersion.V0).Count);
        Assert.Equal(32, PlacesVocabulary.Columns(PlacesSchemaVersion.V1).Count);
        Assert.Equal(29, PlacesVocabulary.Columns(PlacesSchemaVersion.V0).Count);
        Assert.Empty(PlacesVocabulary.AllowedValues("nom"));
    }

    private static string RemoveAccents(string text) =>
        new(text.Normalize(NormalizationForm.FormD).Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());
}

/// <summary>Fix mode is a normaliser: its output is a fixed point, for any mix of typical defects.</summary>
public class PlacesFixProperties
{
    private static readonly (string Column, string Value)[] Defects =
    [
        ("telephone", "01 80 05 98 80"), ("telephone", "0590 82 12 34"), ("telephone", "+33 (0)1 80 05 98 80"), ("telephone", "3230"),
        ("modalites_acces", "Ce lieu n’accueille pas de public"), ("modalites_acces", "se presenter|TELEPHONER|Se présenter"),
        ("formations_labels", "Étapes numériques (La Poste)"), ("services", "Loisirs et créations numériques||comprehension du monde numerique "),
        ("code_postal", "1000"), ("code_insee", "2a004"), ("date_maj", "02/04/2024"), ("date_maj", "2024-04-02T10:00:00+02:00"),
        ("latitude", "43,52609"), ("latitude", "5.41423"), ("longitude", "43.52609"), ("horaires", "Mo-Sun 9h-12h"), ("horaires", "lundi 9-12"),
        ("site_web", "www.exemple.fr|http:exemple.fr"), ("courriels", "mailto:contact@exemple.fr| contact@exemple.fr "), ("nom", "  Anonymal  "),
        ("pivot", "w512004321"), ("typologie", "tiers_lieux|ASSO|ASSO"), ("publics_specifiquement_adresses", "etudiants|FEMMES"),
    ];

    [Fact]
    public void Fixing_twice_gives_the_same_file_and_no_second_change()
    {
        var gen = from n in Gen.Choose(1, 4)
                  from picks in Gen.ListOf(Gen.Elements(Defects), n)
                  select picks.ToArray();
        Prop.ForAll(gen.ToArbitrary(), picks =>
        {
            var cells = PlacesTestData.OfficialCells();
            var names = PlacesVocabulary.Columns(PlacesSchemaVersion.V1).ToList();
            foreach (var (column, value) in picks)
            {
                cells[names.IndexOf(column)] = value;
            }

            var text = PlacesTestData.Header + "\n" + string.Join(',', cells.Select(PlacesTestData.Quote)) + "\n";
            var once = new StringWriter();
            PlacesTestData.Fix(new MemoryStream(Encoding.UTF8.GetBytes(text)), once, PlacesTestData.Options());
            var twice = new StringWriter();
            var second = PlacesTestData.Fix(new MemoryStream(Encoding.UTF8.GetBytes(once.ToString())), twice, PlacesTestData.Options());
            return once.ToString() == twice.ToString() && second.ChangeCount == 0;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true));
    }
}

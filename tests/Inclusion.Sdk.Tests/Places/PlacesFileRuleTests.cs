using System.Text;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Places;

namespace Inclusion.Sdk.Tests.Places;

/// <summary>File rules not covered elsewhere, and fix-mode rules.</summary>
public class PlacesFileRuleTests
{
    [Fact]
    public void Duplicate_and_blank_column_names_are_errors()
    {
        var header = PlacesTestData.Header + ",nom,";
        var row = PlacesTestData.RowWith("id", "a") + ",x,y";
        var result = PlacesTestData.Validate(header + "\n" + row + "\n");
        var duplicate = Assert.Single(result.Report.Issues, i => i.RuleCode == "file.header.duplicate");
        Assert.Equal(33, duplicate.Location.Column);
        Assert.Equal(34, Assert.Single(result.Report.Issues, i => i.RuleCode == "file.header.blank").Location.Column);
        Assert.DoesNotContain(result.Report.Issues, i => i.Location.Row == 2);
    }

    [Fact]
    public void Several_phone_numbers_are_left_unchanged_by_fix_mode_and_reported_as_ambiguous()
    {
        const string Phones = "01 80 05 98 80 / 03 26 00 00 00";
        var writer = new StringWriter();
        var result = PlacesTestData.Fix(new MemoryStream(Encoding.UTF8.GetBytes(PlacesTestData.FileWith("telephone", Phones))), writer, PlacesTestData.Options());
        Assert.Contains(result.Report.Issues, i => i.RuleCode == "places.telephone.several");
        Assert.Contains(result.Report.Issues, i => i.RuleCode == "places.fix.ambiguous" && i.Value == Phones);
        Assert.Contains(Phones, writer.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, result.ChangeCount);
    }

    [Fact]
    public void Rows_with_unusable_required_fields_have_no_place_but_keep_their_issues()
    {
        var records = new List<PlaceRecord>();
        PlacesTestData.Validate(PlacesTestData.FileWith("date_maj", "hier"), onRecord: records.Add);
        var record = Assert.Single(records);
        Assert.Null(record.Place);
        Assert.True(record.HasErrors);
        Assert.Equal(2, record.Row);
        Assert.Contains(record.Issues, i => i.RuleCode == "places.date-maj.invalid");
    }

    [Fact]
    public void Invalid_optional_fields_are_left_empty_in_the_place()
    {
        var records = new List<PlaceRecord>();
        PlacesTestData.Validate(PlacesTestData.FileWith("services", "Aide aux démarches administratives|Inconnu"), onRecord: records.Add);
        var place = Assert.Single(records).Place!;
        Assert.Equal(["Aide aux démarches administratives"], place.Services);
    }

    [Fact]
    public void Stale_threshold_and_today_come_from_the_options()
    {
        var options = new PlacesValidationSettings { Clock = PlacesTestData.Clock, StaleAfterDays = 10 };
        var result = PlacesTestData.Validate(PlacesTestData.FileWith("date_maj", "2024-04-02"), options);
        var stale = Assert.Single(result.Report.Issues);
        Assert.Equal("places.date-maj.stale", stale.RuleCode);
        Assert.Contains("29 days", stale.MessageEn, StringComparison.Ordinal);
    }
}

public class PlacesValidationSettingsTests
{
    [Fact]
    public void Options_guard_their_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReadOptions { MaxStoredIssuesPerRule = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlacesValidationSettings { StaleAfterDays = -1 });
        Assert.Throws<ArgumentNullException>(() => new PlacesValidationSettings { Clock = null! });
        Assert.Throws<ArgumentOutOfRangeException>(() => new GeoCoordinates(double.NaN, 0));
    }

    [Fact]
    public void The_per_rule_cap_limits_stored_issues_but_not_counts()
    {
        var rows = string.Join("\n", Enumerable.Range(0, 30).Select(i => PlacesTestData.RowWith("id", "x" + i).Replace("+33180059880", "0180059880", StringComparison.Ordinal)));
        var result = MediationPlaceFile.Load(new MemoryStream(Encoding.UTF8.GetBytes(PlacesTestData.Header + "\n" + rows + "\n")), new ReadOptions { MaxStoredIssuesPerRule = 5 }, PlacesTestData.Options());
        Assert.Equal(5, result.Report.Issues.Count);
        Assert.Equal(30, result.Report.Counts.Single().Count);
        Assert.True(result.Report.IsTruncated);
    }
}

using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Places;

namespace Inclusion.Sdk.Tests.Places;

/// <summary>Bad input never crashes: every problem is a located issue, and unreadable input is flagged as such.</summary>
public class PlacesBadInputTests
{
    private static PlacesRun Bytes(byte[] bytes) =>
        PlacesTestData.Validate(new MemoryStream(bytes), PlacesTestData.Options());

    [Fact]
    public void An_empty_file_is_unreadable()
    {
        var result = Bytes([]);
        Assert.False(result.IsReadable);
        Assert.Equal("file.empty", Assert.Single(result.Report.Issues).RuleCode);
        Assert.False(Bytes(Encoding.UTF8.GetBytes(" \r\n\n")).IsReadable);
    }

    [Fact]
    public void A_binary_file_is_unreadable()
    {
        // The first bytes of a ZIP (an .xlsx) archive.
        byte[] zip = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00];
        var result = Bytes(zip);
        Assert.False(result.IsReadable);
        Assert.Equal("file.binary", Assert.Single(result.Report.Issues).RuleCode);
    }

    [Fact]
    public void A_header_only_file_is_valid_with_a_warning()
    {
        var result = PlacesTestData.Validate(PlacesTestData.Header + "\n");
        Assert.True(result.IsValid);
        Assert.Equal(0, result.RowCount);
        Assert.Equal("file.no-rows", Assert.Single(result.Report.Issues).RuleCode);
    }

    [Fact]
    public void A_cell_of_one_megabyte_is_read_and_reported_shortened()
    {
        var big = new string('x', 1 << 20);
        var result = PlacesTestData.Validate(PlacesTestData.FileWith("presentation_resume", big));
        var issue = Assert.Single(result.Report.Issues);
        Assert.Equal("places.presentation-resume.max-length", issue.RuleCode);
        Assert.Contains((1 << 20).ToString(System.Globalization.CultureInfo.InvariantCulture), issue.MessageEn, StringComparison.Ordinal);
        Assert.True(issue.Value!.Length <= 80);
        Assert.True(PlacesTestData.Validate(PlacesTestData.FileWith("presentation_detail", big)).IsValid);
    }

    [Fact]
    public void One_million_rows_are_streamed()
    {
        const int Rows = 1_000_000;
        var places = 0L;
        using var stream = new GeneratedCsvStream(Rows);
        var result = PlacesTestData.Validate(stream, PlacesTestData.Options(), r => places += r.Place is null ? 0 : 1);
        Assert.Equal(Rows, result.RowCount);
        Assert.Equal(Rows, places);
        Assert.True(result.IsValid, string.Join("\n", result.Report.Issues.Take(5)));
    }

    [Fact]
    public void Random_bytes_never_make_the_reader_throw() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var result = Bytes(bytes);
            return result.IsReadable || result.Report.ErrorCount > 0;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Random_text_in_any_cell_never_makes_the_validator_throw()
    {
        var columns = PlacesVocabulary.Columns(PlacesSchemaVersion.V1);
        var gen = from column in Gen.Elements(columns.ToArray())
                  from text in ArbMap.Default.GeneratorFor<string>()
                  select (column, text ?? string.Empty);
        Prop.ForAll(gen.ToArbitrary(), pair =>
        {
            var result = PlacesTestData.Validate(PlacesTestData.FileWith(pair.column, pair.Item2));
            var fixedText = new StringWriter();
            var fixedResult = PlacesTestData.Fix(new MemoryStream(Encoding.UTF8.GetBytes(PlacesTestData.FileWith(pair.column, pair.Item2))), fixedText, PlacesTestData.Options());
            return (result.IsReadable || result.Report.ErrorCount > 0) && fixedResult.RowCount == result.RowCount;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));
    }

    [Fact]
    public void A_windows_1252_file_is_reported_and_read_without_mangling_accents()
    {
        var text = File.ReadAllText(PlacesTestData.OfficialV1);
        var latin = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);
        var places = new List<MediationPlace>();
        var result = PlacesTestData.Validate(new MemoryStream(latin), PlacesTestData.Options(), r => places.Add(r.Place!));
        var issue = Assert.Single(result.Report.Issues);
        Assert.Equal("file.encoding", issue.RuleCode);
        Assert.Contains("Windows-1252", issue.MessageEn, StringComparison.Ordinal);
        Assert.Equal(["Itinérant"], places.Single().Itinerance);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void A_utf8_bom_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(File.ReadAllBytes(PlacesTestData.OfficialV1)).ToArray();
        Assert.Empty(Bytes(bytes).Report.Issues);
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    public void Semicolon_and_tab_separators_are_read_with_a_warning(char separator)
    {
        var cells = PlacesTestData.OfficialCells();
        var text = string.Join(separator, PlacesVocabulary.Columns(PlacesSchemaVersion.V1)) + "\n" + string.Join(separator, cells.Select(PlacesTestData.Quote)) + "\n";
        var result = PlacesTestData.Validate(text);
        Assert.Equal("file.separator", Assert.Single(result.Report.Issues).RuleCode);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Quoted_fields_may_hold_separators_and_newlines()
    {
        var result = PlacesTestData.Validate(PlacesTestData.FileWith("presentation_detail", "Ligne 1,\nligne 2 \"citée\"\r\nfin") + PlacesTestData.RowWith("id", "structure-2") + "\n");
        Assert.Equal(2, result.RowCount);
        Assert.Empty(result.Report.Issues);
    }

    [Fact]
    public void Ragged_and_blank_rows_are_reported_with_their_row_number()
    {
        var text = PlacesTestData.Header + "\n" + PlacesTestData.RowWith("id", "a") + ",extra\n\n" + PlacesTestData.RowWith("id", "b") + "\n";
        var result = PlacesTestData.Validate(text);
        var ragged = Assert.Single(result.Report.Issues, i => i.RuleCode == "file.row.ragged");
        Assert.Equal(2, ragged.Location.Row);
        Assert.Equal(3, Assert.Single(result.Report.Issues, i => i.RuleCode == "file.row.blank").Location.Row);
        Assert.Equal(2, result.RowCount);
    }

    [Fact]
    public void Header_problems_are_reported_with_did_you_mean()
    {
        var columns = PlacesVocabulary.Columns(PlacesSchemaVersion.V1).ToList();
        columns[4] = "code_postale"; // misspelt
        columns.Remove("prise_rdv"); // missing
        columns.Add("remarques"); // extra
        (columns[1], columns[2]) = (columns[2], columns[1]); // misordered: nom before pivot
        var cells = PlacesTestData.OfficialCells().ToList();
        cells.RemoveAt(cells.Count - 1);
        cells.Add("x");
        (cells[1], cells[2]) = (cells[2], cells[1]);
        var result = PlacesTestData.Validate(string.Join(',', columns) + "\n" + string.Join(',', cells.Select(PlacesTestData.Quote)) + "\n");
        var misspelt = Assert.Single(result.Report.Issues, i => i.RuleCode == "file.header.misspelt");
        Assert.Equal("code_postal", misspelt.Suggestion);
        Assert.Equal("prise_rdv", Assert.Single(result.Report.Issues, i => i.RuleCode == "file.header.missing").Value);
        Assert.Equal("remarques", Assert.Single(result.Report.Issues, i => i.RuleCode == "file.header.extra").Value);
        Assert.Equal("nom", Assert.Single(result.Report.Issues, i => i.RuleCode == "file.header.order").Value);
        Assert.DoesNotContain(result.Report.Issues, i => i.Location.Row == 2); // the misspelt column is still read
    }

    [Fact]
    public void Json_arrays_of_objects_are_streamed()
    {
        var names = PlacesVocabulary.Columns(PlacesSchemaVersion.V1);
        var cells = PlacesTestData.OfficialCells();
        var json = new StringBuilder("[");
        for (var n = 0; n < 2000; n++)
        {
            json.Append(n == 0 ? "{" : ",{");
            for (var i = 0; i < names.Count; i++)
            {
                var value = i == 0 ? "s-" + n : cells[i];
                json.Append(i == 0 ? string.Empty : ",").Append('"').Append(names[i]).Append("\":");
                json.Append(names[i] is "latitude" or "longitude" ? value : System.Text.Json.JsonSerializer.Serialize(value, Inclusion.Sdk.Tests.Places.TestJson.Default.String));
            }

            json.Append('}');
        }

        json.Append(']');
        var count = 0;
        var result = PlacesTestData.Validate(new MemoryStream(Encoding.UTF8.GetBytes(json.ToString())), PlacesTestData.Options(), r => count += r.Place is null ? 0 : 1);
        Assert.True(result.IsValid, string.Join("\n", result.Report.Issues.Take(5)));
        Assert.Equal(2000, result.RowCount);
        Assert.Equal(2000, count);
    }

    [Theory]
    [InlineData("[{\"id\": ")]
    [InlineData("{\"id\": \"x\"}")]
    [InlineData("[1, 2]")]
    public void Malformed_json_is_reported(string json)
    {
        var result = PlacesTestData.Validate(json);
        Assert.Contains(result.Report.Issues, i => i.RuleCode is "file.json.malformed" or "file.json.not-object");
        Assert.False(result.IsValid);
    }

    /// <summary>A CSV of n valid rows produced on the fly, so that the test itself does not hold the file in memory.</summary>
    private sealed class GeneratedCsvStream(int rows) : Stream
    {
        private readonly string template = PlacesTestData.RowWith("id", "\u0001");
        private byte[] pending = Encoding.UTF8.GetBytes(PlacesTestData.Header + "\n");
        private int offset;
        private int produced;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (this.offset == pending.Length)
            {
                if (produced == rows)
                {
                    return 0;
                }

                pending = Encoding.UTF8.GetBytes(template.Replace("\u0001", "id-" + produced++, StringComparison.Ordinal) + "\n");
                this.offset = 0;
            }

            var n = Math.Min(count, pending.Length - this.offset);
            Array.Copy(pending, this.offset, buffer, offset, n);
            this.offset += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class TestJson : System.Text.Json.Serialization.JsonSerializerContext;

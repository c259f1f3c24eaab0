using System.Text;
using Inclusion.Sdk.Territories;

namespace Inclusion.Sdk.Tests.Territories;

public class CommuneFileDecodingTests
{
    [Fact]
    public void Invalid_utf8_under_a_strict_decoder_is_reported_as_unreadable_and_earlier_rows_are_kept()
    {
        // 18,000 valid rows (several reader buffers), then a byte sequence that is not UTF-8 (a Windows-1252 "é"), read with a decoder that throws.
        var valid = Encoding.UTF8.GetBytes("code_insee,nom,code_postal\n" + string.Join(string.Empty, Enumerable.Range(1, 18000).Select(i => $"{i / 1000 + 1:00}{i % 1000:000},Commune {i},01000\n")));
        var bytes = valid.Concat(new byte[] { (byte)'0', (byte)'1', (byte)'9', (byte)'9', (byte)'9', (byte)',', 0xE9, (byte)'\n' }).ToArray();
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, throwOnInvalidBytes: true), false, bufferSize: 1024);

        var load = TerritoryRegistry.LoadCommunes(reader, "latin1.csv");

        var issue = Assert.Single(load.Report.Issues, i => i.RuleCode == "territory-file.unreadable");
        Assert.Equal("latin1.csv", issue.Location.Source);
        Assert.True(load.CommunesRead > 0, "rows decoded before the bad bytes are kept");
        Assert.False(load.Report.IsValid);
    }
}

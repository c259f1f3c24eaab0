using Inclusion.Sdk.Files;
using System.Text;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Territories;

namespace Inclusion.Sdk.Tests.Territories;

public class CommuneFileDecodingTests
{
    [Fact]
    public void Invalid_utf8_after_the_first_block_is_reported_on_its_row_and_earlier_rows_are_kept()
    {
        // 18,000 valid rows (past the 64 KiB the input opener inspects), then a byte that is not UTF-8 (a Windows-1252 "é").
        var valid = Encoding.UTF8.GetBytes("code_insee,nom,code_postal\n" + string.Join(string.Empty, Enumerable.Range(1, 18000).Select(i => $"{i / 1000 + 1:00}{i % 1000:000},Commune {i},01000\n")));
        var bytes = valid.Concat(new byte[] { (byte)'0', (byte)'1', (byte)'9', (byte)'9', (byte)'9', (byte)',', 0xE9, (byte)'\n' }).ToArray();

        var load = TerritoryRegistryFile.Load(new PipeStream(bytes), TextStreams.Source("latin1.csv"));

        var issue = Assert.Single(load.Report.Issues, i => i.RuleCode == "file.encoding.invalid-utf8");
        Assert.Equal(new IssueLocation("latin1.csv", 18002, null, null), issue.Location);
        Assert.Equal(18000, load.Value!.CommunesRead);
        Assert.False(load.Report.IsValid);
    }
}

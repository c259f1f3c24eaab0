using Inclusion.Sdk.Files;
using Inclusion.Sdk.Presentation;

namespace Inclusion.Sdk.Tests.Docs;

/// <summary>The committed sample report (docs/samples/report/report.html) is what <c>inclusion report</c> writes from
/// the sample settings today (regenerate with <c>INCLUSION_UPDATE_DOCS=1</c>, see <see cref="GeneratedDocs"/>).</summary>
public sealed class SampleReportDocsTests
{
    [Fact]
    public void The_sample_report_is_up_to_date()
    {
        var settings = TerritorialReportFile.Load(RepoFiles.RepoPath(Path.Combine("docs", "samples", "report", "report.json")));
        Assert.True(settings.IsValid);
        var html = TerritorialReport.Build(settings.Value!).ToHtml().ReplaceLineEndings("\n");

        GeneratedDocs.AssertUpToDate("docs/samples/report/report.html", html);
    }
}

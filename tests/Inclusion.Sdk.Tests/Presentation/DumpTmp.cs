using Inclusion.Sdk.Presentation;
namespace Inclusion.Sdk.Tests.Presentation;
public class DumpTmp
{
    [Fact]
    public void Dump()
    {
        Directory.CreateDirectory("/tmp/present13/out");
        foreach (var (t, r) in HtmlSamples.Instances)
        {
            r.SaveHtml($"/tmp/present13/out/{t.Name}.html", new HtmlOptions { Disclosure = new Inclusion.Sdk.Statistics.DisclosureRule(t.Name == "DsiEstimate" ? 1 : 11) }, overwrite: true);
            r.SaveHtml($"/tmp/present13/out/{t.Name}.fr.html", HtmlOptions.French, overwrite: true);
        }
    }
}

using Inclusion.Sdk.Files;
using Inclusion.Sdk.Places;

namespace Inclusion.Sdk.Tests.Places;

/// <summary>Regression: an e-mail with a tab and no space made the compact-and-retry check recurse forever (stack
/// overflow of the test host, seen in CI of the diagnostic branch).</summary>
public class EmailTabRegressionTests
{
    [Theory]
    [InlineData("contact\t@exemple.fr", "contact@exemple.fr")]
    [InlineData("con tact@exemple.fr", "contact@exemple.fr")]
    [InlineData("\t", null)]
    public void EmailWithTabOrSpace_IsRejectedWithACompactSuggestion(string value, string? suggestion)
    {
        Assert.False(PlaceTextChecks.CheckEmail(value, out var suggested, out _));
        Assert.Equal(suggestion, suggested);
    }
}

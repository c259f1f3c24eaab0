using System.Text;
using Inclusion.Cli;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Tests.Cli;

public class CliInputTests
{
    [Fact]
    public void A_directory_is_reported_as_such()
    {
        using var error = new StringWriter();
        var stream = CliInput.Open(Path.GetTempPath(), MessageLanguage.English, error, out _);
        Assert.Null(stream);
        Assert.Contains("is a directory", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_reported_in_french_when_asked()
    {
        using var error = new StringWriter();
        var stream = CliInput.Open("/nonexistent/x.csv", MessageLanguage.French, error, out var source);
        Assert.Null(stream);
        Assert.Equal("x.csv", source);
        Assert.Contains("Fichier introuvable", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dash_reads_standard_input()
    {
        var previous = CliInput.StandardInput;
        try
        {
            CliInput.StandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes("abc"));
            using var error = new StringWriter();
            using var stream = CliInput.Open("-", MessageLanguage.English, error, out var source);
            Assert.NotNull(stream);
            Assert.Equal("stdin", source);
            Assert.Equal("abc", new StreamReader(stream).ReadToEnd());
        }
        finally
        {
            CliInput.StandardInput = previous;
        }
    }
}

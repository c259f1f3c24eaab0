using Inclusion.Cli;

namespace Inclusion.Sdk.Tests.Cli;

/// <summary>Runs the <c>inclusion</c> command tree in process and captures its exit code, standard output and error.</summary>
internal static class CliRunner
{
    internal static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}

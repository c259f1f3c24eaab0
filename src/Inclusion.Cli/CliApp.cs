namespace Inclusion.Cli;

/// <summary>The command tree of the <c>inclusion</c> tool; testable in process.</summary>
internal static class CliApp
{
    internal static int Run(string[] args, TextWriter output, TextWriter error)
    {
        _ = args;
        _ = error;
        output.WriteLine("inclusion");
        return 0;
    }
}

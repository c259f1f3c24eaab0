using System.Text;

namespace Inclusion.Cli;

internal static class Program
{
    /// <summary>
    /// Runs the tool. Standard output is buffered (64 KiB, flushed when full and at the end) rather than written through
    /// <see cref="Console.Out"/>, which flushes every write: a report of 20,000 issues is then a few dozen writes to the
    /// terminal or pipe instead of 20,000. Standard error stays unbuffered (messages and progress appear at once).
    /// </summary>
    private static int Main(string[] args)
    {
        var encoding = Console.OutputEncoding.CodePage == Encoding.UTF8.CodePage ? new UTF8Encoding(false) : Console.OutputEncoding;
        using var output = new StreamWriter(Console.OpenStandardOutput(), encoding, 64 * 1024) { AutoFlush = false };
        try
        {
            return CliApp.Run(args, output, Console.Error);
        }
        finally
        {
            output.Flush();
        }
    }
}

using System.CommandLine;
using System.Globalization;
using System.Text;
using Inclusion.Cli;

namespace Inclusion.Sdk.Tests.Docs;

/// <summary>docs/cli.md is generated from the command tree itself, so it lists every command and option as they are.</summary>
public class CliReferenceTests
{
    [Fact]
    public void The_cli_reference_is_generated_from_the_command_tree()
    {
        var root = CliApp.BuildRoot(TextWriter.Null, TextWriter.Null);
        var text = new StringBuilder();
        text.Append("# `inclusion` command reference\n\n")
            .Append("<!-- Generated from the command tree by tests/Inclusion.Sdk.Tests/Docs/CliReferenceTests.cs: do not edit by hand. -->\n\n")
            .Append(root.Description).Append("\n\n")
            .Append("## Exit codes\n\n")
            .Append("| code | meaning |\n|---|---|\n")
            .Append(CultureInfo.InvariantCulture, $"| `{CliApp.ExitOk}` | valid, or success (warnings allowed) |\n")
            .Append(CultureInfo.InvariantCulture, $"| `{CliApp.ExitInvalid}` | the data has errors |\n")
            .Append(CultureInfo.InvariantCulture, $"| `{CliApp.ExitRepaired}` | `inclusion hours` only: the value was repaired (not valid as written, read unambiguously; the canonical value is printed) |\n")
            .Append(CultureInfo.InvariantCulture, $"| `{CliApp.ExitUsage}` | usage error (unknown command or option, missing argument) or unreadable input |\n")
            .Append(CultureInfo.InvariantCulture, $"| `{CliApp.ExitInternalError}` | internal error of the tool (a bug: one line pointing to the issue tracker; `--verbose` shows the details) |\n\n")
            .Append("## Options of every command\n\n");
        AppendOptions(text, root.Options.Where(o => o.Recursive));
        foreach (var command in Walk(root, "inclusion"))
        {
            AppendCommand(text, command.Path, command.Command);
        }

        GeneratedDocs.AssertUpToDate("docs/cli.md", text.ToString());
    }

    private static IEnumerable<(string Path, Command Command)> Walk(Command command, string path)
    {
        foreach (var child in command.Subcommands.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            var childPath = path + " " + child.Name;
            if (child.Action is not null || child.Subcommands.Count == 0)
            {
                yield return (childPath, child);
            }

            foreach (var nested in Walk(child, childPath))
            {
                yield return nested;
            }
        }
    }

    private static void AppendCommand(StringBuilder text, string path, Command command)
    {
        text.Append("## `").Append(path).Append("`\n\n").Append(command.Description).Append("\n\n");
        var usage = new StringBuilder(path);
        foreach (var argument in command.Arguments)
        {
            usage.Append(' ').Append(argument.Arity.MaximumNumberOfValues > 1 ? $"<{argument.Name}>..." : $"<{argument.Name}>");
        }

        if (command.Options.Count > 0)
        {
            usage.Append(" [options]");
        }

        text.Append("```text\n").Append(usage).Append("\n```\n\n");
        if (command.Arguments.Count > 0)
        {
            text.Append("| argument | description |\n|---|---|\n");
            foreach (var argument in command.Arguments)
            {
                text.Append("| `").Append(argument.Name).Append("` | ").Append(Cell(argument.Description)).Append(" |\n");
            }

            text.Append('\n');
        }

        AppendOptions(text, command.Options.Where(o => !o.Recursive));
    }

    private static void AppendOptions(StringBuilder text, IEnumerable<Option> options)
    {
        var list = options.Where(o => !o.Hidden).OrderBy(o => o.Name, StringComparer.Ordinal).ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.Append("| option | description |\n|---|---|\n");
        foreach (var option in list)
        {
            var names = string.Join(", ", option.Aliases.Prepend(option.Name).Distinct().Select(n => "`" + n + "`"));
            text.Append("| ").Append(names).Append(" | ").Append(Cell(option.Description)).Append(" |\n");
        }

        text.Append('\n');
    }

    private static string Cell(string? text) => (text ?? string.Empty).Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}

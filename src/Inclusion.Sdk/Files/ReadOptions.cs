using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Files;

/// <summary>
/// The options shared by every reader of the SDK: the name of the source that locates issues, and how many issues of
/// each rule a returned report keeps.
/// </summary>
/// <remarks>
/// <para>Messages are not chosen here: every <see cref="ValidationIssue"/> carries its English and French message, and
/// renderers choose the language (<see cref="MessageLanguage"/>).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ReadOptions
{
    private readonly int maxStoredIssuesPerRule = int.MaxValue;

    /// <summary>The default options: no source name, every issue kept.</summary>
    public static ReadOptions Default { get; } = new();

    /// <summary>The file name or logical source written in issue locations; <see langword="null"/> when unknown.
    /// Readers that take a path use the path's file name when this is <see langword="null"/>.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// How many issues of each rule the returned <see cref="ValidationReport"/> keeps (default: all). Counts always cover
    /// every issue, and <see cref="ValidationReport.IsTruncated"/> says when some were not kept. Streaming readers give
    /// every issue to their <see cref="IIssueSink"/> whatever this value.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxStoredIssuesPerRule
    {
        get => maxStoredIssuesPerRule;
        init
        {
            Preconditions.CheckArgumentRange(nameof(MaxStoredIssuesPerRule), value, 1, int.MaxValue);
            maxStoredIssuesPerRule = value;
        }
    }

    /// <summary>Returns these options with another source name.</summary>
    /// <param name="source">The source name.</param>
    /// <returns>New options.</returns>
    public ReadOptions WithSource(string? source) => new() { Source = source, MaxStoredIssuesPerRule = MaxStoredIssuesPerRule };

    /// <summary>A report builder that applies <see cref="MaxStoredIssuesPerRule"/>.</summary>
    internal ValidationReportBuilder NewReport() => new(MaxStoredIssuesPerRule);

    /// <summary>The options to use for a file at <paramref name="path"/>: its file name as source unless one is set.</summary>
    internal static ReadOptions ForPath(ReadOptions? options, string path)
    {
        var o = options ?? Default;
        return o.Source is not null ? o : o.WithSource(Path.GetFileName(path));
    }
}

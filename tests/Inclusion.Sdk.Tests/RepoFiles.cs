namespace Inclusion.Sdk.Tests;

/// <summary>
/// Locates files of the repository. Tests read only files of the repository: the reference data they need is copied
/// under <c>tests/Inclusion.Sdk.Tests/data/</c> (origin and licence in its README.md), never read from outside.
/// </summary>
internal static class RepoFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root (the folder holding Inclusion.sln).</summary>
    internal static string RepositoryRoot => Root.Value;

    /// <summary>The absolute path of a file of the repository.</summary>
    internal static string RepoPath(string relative) => Path.Combine(RepositoryRoot, relative);

    /// <summary>The absolute path of a file under <c>tests/Inclusion.Sdk.Tests/data/</c>.</summary>
    internal static string TestData(string relative) => RepoPath(Path.Combine("tests", "Inclusion.Sdk.Tests", "data", relative));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Inclusion.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Inclusion.sln not found above " + AppContext.BaseDirectory);
    }
}

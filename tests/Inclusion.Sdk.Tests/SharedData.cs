namespace Inclusion.Sdk.Tests;

/// <summary>Locates the project's shared reference data (<c>../shared</c> beside the repository root).</summary>
internal static class SharedData
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root (the folder holding Inclusion.sln).</summary>
    internal static string RepositoryRoot => Root.Value;

    /// <summary>The absolute path of a file under <c>../shared</c>.</summary>
    internal static string Path(string relative) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared", relative));

    /// <summary>The absolute path of a file of the repository.</summary>
    internal static string RepoPath(string relative) => System.IO.Path.Combine(RepositoryRoot, relative);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Inclusion.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Inclusion.sln not found above " + AppContext.BaseDirectory);
    }
}

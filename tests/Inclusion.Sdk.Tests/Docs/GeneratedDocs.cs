namespace Inclusion.Sdk.Tests.Docs;

/// <summary>
/// Compares a generated document with the committed file. When they differ the test fails; with the environment
/// variable <c>INCLUSION_UPDATE_DOCS=1</c> it writes the generated text first (review the diff, then commit it).
/// </summary>
internal static class GeneratedDocs
{
    internal static void AssertUpToDate(string repositoryPath, string generated)
    {
        var path = RepoFiles.RepoPath(repositoryPath);
        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        if (committed == generated)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("INCLUSION_UPDATE_DOCS") == "1")
        {
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, generated);
            File.Move(temporary, path, overwrite: true);
            return;
        }

        var line = FirstDifference(committed, generated);
        Assert.Fail($"{repositoryPath} is stale (first difference at line {line}). Regenerate it with: INCLUSION_UPDATE_DOCS=1 dotnet test tests/Inclusion.Sdk.Tests -c Release --filter \"FullyQualifiedName~Docs\"");
    }

    private static int FirstDifference(string a, string b)
    {
        var left = a.Split('\n');
        var right = b.Split('\n');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            if (left[i] != right[i])
            {
                return i + 1;
            }
        }

        return Math.Min(left.Length, right.Length) + 1;
    }
}

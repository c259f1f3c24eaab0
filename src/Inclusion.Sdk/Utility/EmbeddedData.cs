namespace Inclusion.Sdk.Utility;

/// <summary>Opens the data files embedded under <c>Resources/</c> (logical names <c>Inclusion.Sdk.Resources.*</c>).</summary>
internal static class EmbeddedData
{
    /// <summary>Opens an embedded resource by its path under <c>Resources/</c>, for example <c>cog/regions.csv</c>.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing (a packaging error).</exception>
    internal static Stream Open(string relativePath)
    {
        var name = "Inclusion.Sdk.Resources." + relativePath.Replace('/', '.');
        return typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from Inclusion.Sdk.");
    }
}

using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Places;

/// <summary>The columns and enumeration values of the embedded schemas (read from their Table Schema files, not hand-copied).</summary>
public static class PlacesVocabulary
{
    /// <summary>The column names of a schema version, in the schema's order.</summary>
    /// <param name="version">The version.</param>
    /// <returns>32 names for v1.0.2, 29 for v0.1.1.</returns>
    public static IReadOnlyList<string> Columns(PlacesSchemaVersion version) =>
        PlacesSchema.For(version).Fields.Select(f => f.Name).ToArray();

    /// <summary>The allowed values of an enumeration column, exactly as the schema's pattern spells them.</summary>
    /// <param name="column">Column name, e.g. <c>services</c>.</param>
    /// <param name="version">The version (default v1.0.2).</param>
    /// <returns>The values, or an empty list when the column is not an enumeration of that version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is null.</exception>
    public static IReadOnlyList<string> AllowedValues(string column, PlacesSchemaVersion version = PlacesSchemaVersion.V1)
    {
        Preconditions.CheckNotNull(column);
        return PlacesSchema.For(version).ByName.TryGetValue(column, out var field) && field.EnumValues is { } values ? values : [];
    }
}

using System.Text;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Places;

/// <summary>One field of an embedded Table Schema: name, type, constraints and, for enumerations, the values read from its pattern.</summary>
internal sealed class PlacesSchemaField
{
    internal PlacesSchemaField(int index, string name, string type, bool required, bool unique, string? pattern, int? maxLength, string[]? enumValues)
    {
        Index = index;
        Name = name;
        Type = type;
        Required = required;
        Unique = unique;
        Pattern = pattern;
        MaxLength = maxLength;
        EnumValues = enumValues;
    }

    internal int Index { get; }

    internal string Name { get; }

    internal string Type { get; }

    internal bool Required { get; }

    internal bool Unique { get; }

    internal string? Pattern { get; }

    internal int? MaxLength { get; }

    /// <summary>Allowed values of a multi-valued enumeration (pattern <c>(?:(?:^|SEP)(A|B|…))+$</c>), or <see langword="null"/>.</summary>
    internal string[]? EnumValues { get; }
}

/// <summary>An embedded version of the standard's Table Schema (<c>Resources/standard-mediation-num/</c>).</summary>
internal sealed class PlacesSchema
{
    private static readonly Lazy<PlacesSchema> V1Schema = new(() => Load("standard-mediation-num/schema-v1.0.2.json", PlacesSchemaVersion.V1, '|'));
    private static readonly Lazy<PlacesSchema> V0Schema = new(() => Load("standard-mediation-num/schema-v0.1.1.json", PlacesSchemaVersion.V0, ';'));

    private PlacesSchema(PlacesSchemaVersion version, string versionLabel, char separator, PlacesSchemaField[] fields)
    {
        Version = version;
        VersionLabel = versionLabel;
        Separator = separator;
        Fields = fields;
        ByName = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    internal static PlacesSchema V1 => V1Schema.Value;

    internal static PlacesSchema V0 => V0Schema.Value;

    internal PlacesSchemaVersion Version { get; }

    internal string VersionLabel { get; }

    /// <summary>Separator of multi-valued fields: <c>|</c> in v1, <c>;</c> in v0.</summary>
    internal char Separator { get; }

    internal IReadOnlyList<PlacesSchemaField> Fields { get; }

    internal IReadOnlyDictionary<string, PlacesSchemaField> ByName { get; }

    internal static PlacesSchema For(PlacesSchemaVersion version) => version == PlacesSchemaVersion.V0 ? V0 : V1;

    private static PlacesSchema Load(string resource, PlacesSchemaVersion version, char separator)
    {
        var (top, items) = EmbeddedData.ReadJsonObjectArray(resource, "fields");
        var fields = new List<PlacesSchemaField>();
        foreach (var field in items)
        {
            var name = field["name"];
            var type = field.GetValueOrDefault("type") ?? "string";
            var required = field.GetValueOrDefault("constraints.required") == "true";
            var unique = field.GetValueOrDefault("constraints.unique") == "true";
            var pattern = field.GetValueOrDefault("constraints.pattern");
            int? maxLength = field.TryGetValue("constraints.maxLength", out var m) ? int.Parse(m, System.Globalization.CultureInfo.InvariantCulture) : null;
            fields.Add(new PlacesSchemaField(fields.Count, name, type, required, unique, pattern, maxLength, EnumValuesOf(pattern, separator)));
        }

        var label = top.GetValueOrDefault("version") ?? string.Empty;
        return new PlacesSchema(version, version == PlacesSchemaVersion.V0 ? "v0.1.1" : label, separator, fields.ToArray());
    }

    /// <summary>Reads the alternatives of an enumeration pattern <c>(?:(?:^|\|)(A|B))+$</c>, unescaping <c>\(</c>, <c>\)</c>, <c>\.</c>, <c>\+</c>.</summary>
    internal static string[]? EnumValuesOf(string? pattern, char separator)
    {
        if (pattern is null)
        {
            return null;
        }

        var sep = separator == '|' ? "\\|" : separator.ToString();
        var prefix = "(?:(?:^|" + sep + ")(";
        const string Suffix = "))+$";
        if (!pattern.StartsWith(prefix, StringComparison.Ordinal) || !pattern.EndsWith(Suffix, StringComparison.Ordinal))
        {
            return null;
        }

        var body = pattern.AsSpan(prefix.Length, pattern.Length - prefix.Length - Suffix.Length);
        var values = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            var ch = body[i];
            if (ch == '\\' && i + 1 < body.Length)
            {
                current.Append(body[++i]);
            }
            else if (ch == '|')
            {
                values.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(ch);
            }
        }

        values.Add(current.ToString());
        return values.ToArray();
    }
}

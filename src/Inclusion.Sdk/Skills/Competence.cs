namespace Inclusion.Sdk.Skills;

/// <summary>A competence (or, when <see cref="IsArea"/>, an area or domain) of a competence framework.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class Competence
{
    internal Competence(string code, string name, string framework)
    {
        Code = code;
        Name = name;
        Framework = framework;
    }

    /// <summary>The code, for example <c>2.1</c> (a competence) or <c>2</c> (an area).</summary>
    public string Code { get; }

    /// <summary>The name in the framework's language.</summary>
    public string Name { get; }

    /// <summary>The identifier of the framework, for example <c>digcomp-2.2</c>.</summary>
    public string Framework { get; }

    /// <summary>True for an area (DigComp) or domain (CRCN) rather than a competence.</summary>
    public bool IsArea => !Code.Contains('.', StringComparison.Ordinal);

    /// <summary>The code of the area of a competence (the part before the dot); the code itself for an area.</summary>
    public string AreaCode => IsArea ? Code : Code[..Code.IndexOf('.', StringComparison.Ordinal)];

    /// <inheritdoc/>
    public override string ToString() => $"{Code} {Name}";
}

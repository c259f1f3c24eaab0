using System.Diagnostics.CodeAnalysis;

namespace Inclusion.Sdk.Utility;

/// <summary>
/// The .NET Interactive formatter convention without a package reference: notebook hosts find an attribute named
/// exactly <c>TypeFormatterSourceAttribute</c> on the type of a displayed value, read <see cref="FormatterSourceType"/>,
/// create it with its parameterless constructor and call its instance method <c>CreateTypeFormatters()</c>
/// (docs/decisions.md D11 and D28; the convention is described in dotnet/interactive, docs/formatting.md).
/// </summary>
/// <param name="formatterSourceType">The formatter source: a class with a public parameterless constructor and a public
/// instance method <c>CreateTypeFormatters()</c>.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
internal sealed class TypeFormatterSourceAttribute(
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicMethods)]
    Type formatterSourceType) : Attribute
{
    /// <summary>The formatter source type, created by the host with <c>Activator.CreateInstance</c>.</summary>
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicMethods)]
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>The MIME types the host should prefer for the type, for example <c>text/html</c>.</summary>
    public string[] PreferredMimeTypes { get; set; } = [];
}

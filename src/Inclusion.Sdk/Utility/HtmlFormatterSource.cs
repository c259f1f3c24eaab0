namespace Inclusion.Sdk.Utility;

/// <summary>
/// The formatter source named by <see cref="TypeFormatterSourceAttribute"/> on every result type. It lives below the
/// domain so that result types can name it; the formatters themselves belong to <c>Inclusion.Sdk.Presentation</c>, which
/// sits above the domain and installs them in <see cref="Formatters"/> when the assembly is loaded (a module
/// initializer), so no namespace cycle and no reflection is needed on the library side.
/// </summary>
internal sealed class HtmlFormatterSource
{
    /// <summary>Creates the formatters; set once by the presentation module at load time.</summary>
    internal static Func<IEnumerable<object>>? Formatters { get; set; }

    /// <summary>The formatters for notebook hosts: objects with <c>MimeType</c>, <c>Type</c> and
    /// <c>Format(object, writer)</c>.</summary>
    /// <returns>The formatters, empty when the presentation module is not initialised.</returns>
#pragma warning disable CA1822 // The .NET Interactive convention binds an instance method by reflection: it must not be static.
    public IEnumerable<object> CreateTypeFormatters() => Formatters?.Invoke() ?? [];
#pragma warning restore CA1822
}

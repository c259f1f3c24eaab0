namespace Inclusion.Sdk.Reporting;

/// <summary>The languages in which validation messages are available.</summary>
public enum MessageLanguage
{
    /// <summary>English (the default of the command-line tool).</summary>
    English = 0,

    /// <summary>French.</summary>
    French = 1,
}

namespace Inclusion.Sdk.Hours;

/// <summary>The state of a place at an instant, as given by <see cref="OpeningHours.GetState"/>.</summary>
public enum OpeningHoursState
{
    /// <summary>Closed (no rule opens it, or an <c>off</c> rule closes it).</summary>
    Closed = 0,

    /// <summary>Open.</summary>
    Open = 1,

    /// <summary>Unknown: an <c>unknown</c> rule, a comment-only rule, or after an open end (<c>18:00+</c>).</summary>
    Unknown = 2,
}

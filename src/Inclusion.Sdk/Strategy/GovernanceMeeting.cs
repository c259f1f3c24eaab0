using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Strategy;

/// <summary>A meeting of the governance (steering committee, technical committee, evaluation session…).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class GovernanceMeeting
{
    /// <summary>Creates a meeting.</summary>
    /// <param name="date">The date.</param>
    /// <param name="purpose">The purpose, for example <c>comité de pilotage</c> (not blank).</param>
    /// <param name="attendees">The number of people present, when recorded (not negative).</param>
    /// <exception cref="ArgumentNullException"><paramref name="purpose"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="purpose"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="attendees"/> is negative.</exception>
    public GovernanceMeeting(LocalDate date, string purpose, int? attendees = null)
    {
        Date = date;
        Purpose = Preconditions.CheckNotBlank(purpose).Trim();
        if (attendees is { } n)
        {
            Preconditions.CheckArgumentRange(nameof(attendees), n, 0, int.MaxValue);
        }

        Attendees = attendees;
    }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>The purpose.</summary>
    public string Purpose { get; }

    /// <summary>The number of people present, when recorded.</summary>
    public int? Attendees { get; }
}

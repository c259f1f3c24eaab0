using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Strategy;

/// <summary>A training session of the partners (the seed: « organiser la formation et la mise à niveau permanente des
/// différents partenaires »).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PartnerTraining
{
    /// <summary>Creates a training session.</summary>
    /// <param name="date">The date.</param>
    /// <param name="title">The title (not blank).</param>
    /// <param name="participants">The number of participants (not negative).</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="participants"/> is negative.</exception>
    public PartnerTraining(LocalDate date, string title, int participants)
    {
        Date = date;
        Title = Preconditions.CheckNotBlank(title).Trim();
        Preconditions.CheckArgumentRange(nameof(participants), participants, 0, int.MaxValue);
        Participants = participants;
    }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The number of participants.</summary>
    public int Participants { get; }
}

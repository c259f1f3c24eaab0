using NodaTime;

namespace Inclusion.Sdk.Strategy;

/// <summary>The activity of the governance up to the evaluation date: members, meetings, partner training, watch.</summary>
/// <remarks>Counts of people pass the small-count rule of the settings: a total or session below the threshold is
/// withheld (and, when one session is hidden, the smallest other one too). Plain immutable data.</remarks>
public sealed class GovernanceActivity
{
    internal GovernanceActivity(
        string coordinatorId,
        int memberCount,
        int meetingsHeld,
        LocalDate? lastMeeting,
        int? daysSinceLastMeeting,
        long? meetingAttendeesTotal,
        IReadOnlyList<TrainingSummary> trainings,
        long? trainingParticipantsTotal,
        int watchResourceCount)
    {
        CoordinatorId = coordinatorId;
        MemberCount = memberCount;
        MeetingsHeld = meetingsHeld;
        LastMeeting = lastMeeting;
        DaysSinceLastMeeting = daysSinceLastMeeting;
        MeetingAttendeesTotal = meetingAttendeesTotal;
        Trainings = trainings;
        TrainingParticipantsTotal = trainingParticipantsTotal;
        WatchResourceCount = watchResourceCount;
    }

    /// <summary>The coordinating actor's identifier.</summary>
    public string CoordinatorId { get; }

    /// <summary>The number of distinct member actors.</summary>
    public int MemberCount { get; }

    /// <summary>The number of meetings held on or before the evaluation date.</summary>
    public int MeetingsHeld { get; }

    /// <summary>The date of the last meeting held, if any.</summary>
    public LocalDate? LastMeeting { get; }

    /// <summary>The days from the last meeting to the evaluation date, if any.</summary>
    public int? DaysSinceLastMeeting { get; }

    /// <summary>The total attendance of the meetings held, or <see langword="null"/> when unrecorded or suppressed.</summary>
    public long? MeetingAttendeesTotal { get; }

    /// <summary>The training sessions held, by date.</summary>
    public IReadOnlyList<TrainingSummary> Trainings { get; }

    /// <summary>The total number of training participants, or <see langword="null"/> when suppressed.</summary>
    public long? TrainingParticipantsTotal { get; }

    /// <summary>The number of watch and documentation resources.</summary>
    public int WatchResourceCount { get; }
}

using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Activities;

/// <summary>
/// A legacy v1 activity report ("CRA v1" of the Conseillers numériques France Services, 2021–2024): its own age
/// brackets (under 12, 12–17, 18–34, 35–59, 60 and over — thresholds 12/18/35/60, never merged with the v2 scale),
/// status counts, participants and recurrent participants.
/// </summary>
/// <remarks>Source: <c>inclusion-numerique/inclusion-numerique: apps/cli/src/commands/data/reduceCras.ts</c> (indicators.md §8).</remarks>
public sealed class LegacyCra
{
    private readonly int[] ageCounts;
    private readonly int[] statusCounts;
    private readonly string[] themes;

    /// <summary>Creates a legacy report.</summary>
    /// <param name="date">DateAccompagnement.</param>
    /// <param name="commune">The commune INSEE code, or null.</param>
    /// <param name="kind">Activite.</param>
    /// <param name="participants">NbParticipants, zero or more.</param>
    /// <param name="recurrentParticipants">NbParticipantsRecurrents, zero or more (may exceed the participants in the
    /// source data; usagers never go negative).</param>
    /// <param name="ageCounts">The five age counts: moins12ans, de12a18ans, de18a35ans, de35a60ans, plus60ans.</param>
    /// <param name="statusCounts">The five status counts: etudiant, sansEmploi, enEmploi, retraite, heterogene.</param>
    /// <param name="themes">The v1 themes (free labels such as "courriel"), or null.</param>
    /// <param name="channel">Canal, or null when not recorded.</param>
    /// <exception cref="ArgumentException">A count array does not have five elements.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public LegacyCra(LocalDate date, CommuneCode? commune, LegacyActivityKind kind, int participants, int recurrentParticipants,
        IReadOnlyList<int> ageCounts, IReadOnlyList<int> statusCounts, IEnumerable<string>? themes = null, LegacyChannel? channel = null)
    {
        Preconditions.CheckArgumentRange(nameof(participants), participants, 0, int.MaxValue);
        Preconditions.CheckArgument(channel is null || Enum.IsDefined(channel.Value), nameof(channel), "Unknown channel.");
        Preconditions.CheckArgumentRange(nameof(recurrentParticipants), recurrentParticipants, 0, int.MaxValue);
        Preconditions.CheckArgument(Preconditions.CheckNotNull(ageCounts).Count == 5, nameof(ageCounts), "Five age counts are expected.");
        Preconditions.CheckArgument(Preconditions.CheckNotNull(statusCounts).Count == 5, nameof(statusCounts), "Five status counts are expected.");
        this.ageCounts = [.. ageCounts];
        this.statusCounts = [.. statusCounts];
        foreach (var n in this.ageCounts.Concat(this.statusCounts))
        {
            Preconditions.CheckArgumentRange(nameof(ageCounts), n, 0, int.MaxValue);
        }

        this.themes = themes is null ? [] : [.. themes.Distinct(StringComparer.Ordinal)];
        Date = date;
        Commune = commune;
        Kind = kind;
        Channel = channel;
        Participants = participants;
        RecurrentParticipants = recurrentParticipants;
    }

    /// <summary>DateAccompagnement.</summary>
    public LocalDate Date { get; }

    /// <summary>The commune INSEE code, if known.</summary>
    public CommuneCode? Commune { get; }

    /// <summary>Activite.</summary>
    public LegacyActivityKind Kind { get; }

    /// <summary>Canal, if recorded.</summary>
    public LegacyChannel? Channel { get; }

    /// <summary>NbParticipants.</summary>
    public int Participants { get; }

    /// <summary>NbParticipantsRecurrents.</summary>
    public int RecurrentParticipants { get; }

    /// <summary>The new users of this report: max(participants − recurrent, 0).</summary>
    public int Usagers => Math.Max(Participants - RecurrentParticipants, 0);

    /// <summary>The age counts: under 12, 12–17, 18–34, 35–59, 60 and over.</summary>
    public IReadOnlyList<int> AgeCounts => ageCounts;

    /// <summary>The status counts: étudiant, sans emploi, en emploi, retraité, hétérogène.</summary>
    public IReadOnlyList<int> StatusCounts => statusCounts;

    /// <summary>The themes, each once.</summary>
    public IReadOnlyList<string> Themes => themes;
}

using Inclusion.Sdk.Statistics;
using NodaTime;

namespace Inclusion.Sdk.Strategy;

/// <summary>A training session of partners held on or before the evaluation date, with its number of participants
/// after small-count suppression.</summary>
/// <remarks>Plain immutable data.</remarks>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class TrainingSummary : Reporting.IHtmlRenderable
{
    internal TrainingSummary(PartnerTraining training, long? participants, CellStatus status)
    {
        Date = training.Date;
        Title = training.Title;
        Participants = participants;
        Suppression = status;
    }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The number of participants, or <see langword="null"/> when suppressed.</summary>
    public long? Participants { get; }

    /// <summary>Whether the number is published, or why it is hidden.</summary>
    public CellStatus Suppression { get; }
}

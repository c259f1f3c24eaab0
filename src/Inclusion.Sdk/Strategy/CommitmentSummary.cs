using NodaTime;

namespace Inclusion.Sdk.Strategy;

/// <summary>A commitment as the evaluation reports it.</summary>
/// <remarks>Plain immutable data.</remarks>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class CommitmentSummary : Reporting.IHtmlRenderable
{
    internal CommitmentSummary(Commitment commitment, LocalDate at)
    {
        ActorId = commitment.Actor.Id;
        ActorName = commitment.Actor.Name;
        Kind = commitment.Kind;
        Title = commitment.Title;
        SignedOn = commitment.SignedOn;
        EndsOn = commitment.EndsOn;
        IsSigned = commitment.SignedOn <= at;
        IsInForce = commitment.IsInForceOn(at);
    }

    /// <summary>The signatory's identifier.</summary>
    public string ActorId { get; }

    /// <summary>The signatory's name.</summary>
    public string ActorName { get; }

    /// <summary>The kind of document.</summary>
    public CommitmentKind Kind { get; }

    /// <summary>The title of the document.</summary>
    public string Title { get; }

    /// <summary>The date of signature.</summary>
    public LocalDate SignedOn { get; }

    /// <summary>The last day in force, when limited.</summary>
    public LocalDate? EndsOn { get; }

    /// <summary>Whether the signature date is on or before the evaluation date.</summary>
    public bool IsSigned { get; }

    /// <summary>Whether the commitment is in force at the evaluation date.</summary>
    public bool IsInForce { get; }
}

using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Strategy;

/// <summary>A commitment signed by an actor: a charter, a territorial contract, a convention (the seed: « Formaliser
/// les engagements »).</summary>
/// <remarks>Invariant (guarded): an end date, when given, is after the signature. This type is immutable and thread-safe.</remarks>
public sealed class Commitment
{
    /// <summary>Creates a commitment.</summary>
    /// <param name="actor">The signatory.</param>
    /// <param name="kind">The kind of document.</param>
    /// <param name="title">The title of the document (not blank).</param>
    /// <param name="signedOn">The date of signature.</param>
    /// <param name="endsOn">The last day the commitment is in force, when limited.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> or <paramref name="title"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An undefined kind, a blank title, or an end not after the signature.</exception>
    public Commitment(Actor actor, CommitmentKind kind, string title, LocalDate signedOn, LocalDate? endsOn = null)
    {
        Actor = Preconditions.CheckNotNull(actor);
        Preconditions.CheckArgument(Enum.IsDefined(kind), nameof(kind), $"Undefined commitment kind {(int)kind}.");
        Title = Preconditions.CheckNotBlank(title).Trim();
        Preconditions.CheckArgument(endsOn is null || endsOn > signedOn, nameof(endsOn), StrategyRules.PlanCommitmentEnd.MessageFor(endsOn?.ToString("uuuu-MM-dd", null), signedOn.ToString("uuuu-MM-dd", null)));
        Kind = kind;
        SignedOn = signedOn;
        EndsOn = endsOn;
    }

    /// <summary>The signatory.</summary>
    public Actor Actor { get; }

    /// <summary>The kind of document.</summary>
    public CommitmentKind Kind { get; }

    /// <summary>The title of the document.</summary>
    public string Title { get; }

    /// <summary>The date of signature.</summary>
    public LocalDate SignedOn { get; }

    /// <summary>The last day in force, when limited.</summary>
    public LocalDate? EndsOn { get; }

    /// <summary>Whether the commitment is signed and in force on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> from the signature to the end date inclusive.</returns>
    public bool IsInForceOn(LocalDate date) => date >= SignedOn && (EndsOn is null || date <= EndsOn);
}

namespace Inclusion.Sdk.Vouchers;

/// <summary>What became of an append to an <see cref="IVoucherEventStore"/> (see <see cref="AppendResult"/>).</summary>
public enum AppendOutcome
{
    /// <summary>The events were appended; <see cref="AppendResult.Version"/> is the version of the last one.</summary>
    Appended = 0,

    /// <summary>
    /// The stream moved on since the version the writer decided on (for a redemption: an event other than a redemption
    /// was appended since); nothing was appended and <see cref="AppendResult.Version"/> is the stream's version.
    /// </summary>
    Conflict = 1,

    /// <summary>
    /// An event with the same idempotency key (the same JSON) is already stored, at <see cref="AppendResult.Version"/>:
    /// the append had already been done (typically retried after a lost connection); nothing was appended.
    /// </summary>
    Duplicate = 2,

    /// <summary>
    /// A pass of a redemption is already redeemed, by the event at <see cref="AppendResult.Version"/>: the database
    /// refused a second redemption of the pass; nothing was appended.
    /// </summary>
    PassTaken = 3,
}

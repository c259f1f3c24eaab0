using System.Text.Json.Serialization;
using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// An immutable fact of a voucher programme's append-only ledger. In JSON an event is an object whose first member
/// <c>type</c> is a stable discriminator (<c>passes-redeemed</c>…), with <c>at</c> (UTC instant) and
/// <c>schemaVersion</c> (1). Corrections are new events, never edits.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(OrderQuoted), "order-quoted")]
[JsonDerivedType(typeof(OrderConfirmed), "order-confirmed")]
[JsonDerivedType(typeof(BookletsIssued), "booklets-issued")]
[JsonDerivedType(typeof(BookletsInjected), "booklets-injected")]
[JsonDerivedType(typeof(PassesHanded), "passes-handed")]
[JsonDerivedType(typeof(PassesRedeemed), "passes-redeemed")]
[JsonDerivedType(typeof(DistributionBlocked), "distribution-blocked")]
[JsonDerivedType(typeof(PassesCancelled), "passes-cancelled")]
[JsonDerivedType(typeof(OrderExpired), "order-expired")]
[JsonDerivedType(typeof(MonthSettled), "month-settled")]
[JsonDerivedType(typeof(ProgrammeClosed), "programme-closed")]
[JsonDerivedType(typeof(FeesChanged), "fees-changed")]
public abstract class VoucherEvent
{
    /// <summary>Initialises the common members.</summary>
    /// <param name="at">When the event happened.</param>
    /// <param name="schemaVersion">The schema version of the event's JSON form.</param>
    private protected VoucherEvent(Instant at, int schemaVersion)
    {
        At = at;
        SchemaVersion = schemaVersion;
    }

    /// <summary>Gets when the event happened.</summary>
    public Instant At { get; }

    /// <summary>Gets the schema version of the event's JSON form (1).</summary>
    public int SchemaVersion { get; }
}

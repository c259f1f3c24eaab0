using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>A scan at a qualified provider: one or more passes of one order consumed by one service, without change. JSON type <c>passes-redeemed</c>.</summary>
public sealed class PassesRedeemed : VoucherEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="at">When it happened.</param>
    /// <param name="redemption">The redemption's number (1, 2, … in the programme).</param>
    /// <param name="provider">The provider's SIRET.</param>
    /// <param name="service">The service's code in the provider's catalogue.</param>
    /// <param name="passes">The numbers of the passes consumed.</param>
    /// <param name="schemaVersion">The event schema version (1).</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public PassesRedeemed(Instant at, long redemption, Siret provider, string service, IReadOnlyList<long> passes, int schemaVersion = 1)
        : base(at, schemaVersion)
    {
        Redemption = redemption;
        Provider = provider;
        Service = Preconditions.CheckNotNull(service);
        Passes = Preconditions.CheckNotNull(passes).ToArray();
    }

    // Takes ownership of a fresh array built by the ledger (no copy on the hot path).
    internal PassesRedeemed(Instant at, long redemption, Siret provider, string service, long[] passes)
        : base(at, 1)
    {
        Redemption = redemption;
        Provider = provider;
        Service = service;
        Passes = passes;
    }

    /// <summary>Gets the redemption's number (1, 2, … in the programme).</summary>
    public long Redemption { get; }

    /// <summary>Gets the provider's SIRET.</summary>
    public Siret Provider { get; }

    /// <summary>Gets the service's code in the provider's catalogue.</summary>
    public string Service { get; }

    /// <summary>Gets the numbers of the passes consumed.</summary>
    public IReadOnlyList<long> Passes { get; }
}

namespace Inclusion.Sdk.Vouchers;

/// <summary>The state of a pass in a ledger.</summary>
public enum PassStatus
{
    /// <summary>Not issued in this programme.</summary>
    Unknown = 0,

    /// <summary>Issued, its booklet not yet injected.</summary>
    Issued = 1,

    /// <summary>Its booklet is held by a distributor.</summary>
    Injected = 2,

    /// <summary>Handed to a beneficiary.</summary>
    Handed = 3,

    /// <summary>Redeemed (scanned) at a provider.</summary>
    Redeemed = 4,

    /// <summary>Cancelled.</summary>
    Cancelled = 5,

    /// <summary>Expired after the grace period.</summary>
    Expired = 6,
}

using Inclusion.Sdk.Vouchers;

namespace Inclusion.Sdk.Sqlite;

/// <summary>A stream's row of <c>voucher_streams</c>: its version, the version of its last event other than a redemption, its count of redemptions.</summary>
internal readonly record struct StreamRow(long Version, long Barrier, long Redemptions)
{
    internal StreamRow After(VoucherEvent e) => e is PassesRedeemed
        ? this with { Version = Version + 1, Redemptions = Redemptions + 1 }
        : this with { Version = Version + 1, Barrier = Version + 1 };
}

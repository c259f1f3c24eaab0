using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>Consecutive passes (a booklet or single passes) handed by a distributor to a beneficiary. JSON type <c>passes-handed</c>.</summary>
public sealed class PassesHanded : VoucherEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="at">When it happened.</param>
    /// <param name="firstPass">Number of the first pass.</param>
    /// <param name="passCount">The number of consecutive passes.</param>
    /// <param name="distributorId">The distributor.</param>
    /// <param name="beneficiary">The beneficiary's pseudonymous identifier.</param>
    /// <param name="targetPublic">The beneficiary's public, checked against the order's target publics.</param>
    /// <param name="schemaVersion">The event schema version (1).</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public PassesHanded(Instant at, long firstPass, int passCount, string distributorId, string beneficiary, string targetPublic, int schemaVersion = 1)
        : base(at, schemaVersion)
    {
        FirstPass = firstPass;
        PassCount = passCount;
        DistributorId = Preconditions.CheckNotNull(distributorId);
        Beneficiary = Preconditions.CheckNotNull(beneficiary);
        TargetPublic = Preconditions.CheckNotNull(targetPublic);
    }

    /// <summary>Gets number of the first pass.</summary>
    public long FirstPass { get; }

    /// <summary>Gets the number of consecutive passes.</summary>
    public int PassCount { get; }

    /// <summary>Gets the distributor.</summary>
    public string DistributorId { get; }

    /// <summary>Gets the beneficiary's pseudonymous identifier.</summary>
    public string Beneficiary { get; }

    /// <summary>Gets the beneficiary's public, checked against the order's target publics.</summary>
    public string TargetPublic { get; }
}

using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>Consecutive passes cancelled (lost, destroyed); their face value goes to the credit note. JSON type <c>passes-cancelled</c>.</summary>
public sealed class PassesCancelled : VoucherEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="at">When it happened.</param>
    /// <param name="firstPass">Number of the first pass.</param>
    /// <param name="passCount">The number of consecutive passes.</param>
    /// <param name="schemaVersion">The event schema version (1).</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public PassesCancelled(Instant at, long firstPass, int passCount, int schemaVersion = 1)
        : base(at, schemaVersion)
    {
        FirstPass = firstPass;
        PassCount = passCount;
    }

    /// <summary>Gets number of the first pass.</summary>
    public long FirstPass { get; }

    /// <summary>Gets the number of consecutive passes.</summary>
    public int PassCount { get; }
}

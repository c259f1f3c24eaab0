using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>The programme is closed: credit notes on unused face value and the co-financing claim are issued. JSON type <c>programme-closed</c>.</summary>
public sealed class ProgrammeClosed : VoucherEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="at">When it happened.</param>
    /// <param name="schemaVersion">The event schema version (1).</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public ProgrammeClosed(Instant at, int schemaVersion = 1)
        : base(at, schemaVersion)
    {
    }
}

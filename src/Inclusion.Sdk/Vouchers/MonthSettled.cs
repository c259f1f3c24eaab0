using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>The scans of a calendar month (Europe/Paris) are counter-paid to the providers. JSON type <c>month-settled</c>.</summary>
public sealed class MonthSettled : VoucherEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="at">When it happened.</param>
    /// <param name="month">The settled month.</param>
    /// <param name="schemaVersion">The event schema version (1).</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public MonthSettled(Instant at, YearMonth month, int schemaVersion = 1)
        : base(at, schemaVersion)
    {
        Month = month;
    }

    /// <summary>Gets the settled month.</summary>
    public YearMonth Month { get; }
}

namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// A voucher event store cannot be used as it is: not a database, corrupted, foreign, written by a newer schema,
/// read-only, or holding an event that does not read back. Nothing was written by the call that failed.
/// <see cref="Code"/> is stable (<c>store.not-a-database</c>, <c>store.corrupt</c>, <c>store.foreign</c>,
/// <c>store.newer-schema</c>, <c>store.bad-encoding</c> (a PostgreSQL database not in UTF8), <c>store.read-only</c>, <c>store.bad-event</c>, <c>store.unavailable</c>).
/// </summary>
/// <remarks>
/// A storage failure is an exception, not a <see cref="LedgerResult"/> rejection: the command was not decided wrong,
/// the store could not record or read it.
/// </remarks>
public sealed class VoucherStoreException : Exception
{
    /// <summary>Initialises an exception with the code <c>store.unavailable</c>.</summary>
    public VoucherStoreException()
        : this("store.unavailable", "The voucher event store is unavailable.", null)
    {
    }

    /// <summary>Initialises an exception with the code <c>store.unavailable</c>.</summary>
    /// <param name="message">The message.</param>
    public VoucherStoreException(string message)
        : this("store.unavailable", message, null)
    {
    }

    /// <summary>Initialises an exception with the code <c>store.unavailable</c>.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public VoucherStoreException(string message, Exception? innerException)
        : this("store.unavailable", message, innerException)
    {
    }

    /// <summary>Initialises an exception with a stable code.</summary>
    /// <param name="code">The stable code, for example <c>store.corrupt</c>.</param>
    /// <param name="message">The message, naming the store.</param>
    /// <param name="innerException">The cause, if any.</param>
    public VoucherStoreException(string code, string message, Exception? innerException)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
    }

    /// <summary>Gets the stable code of the failure.</summary>
    public string Code { get; }
}

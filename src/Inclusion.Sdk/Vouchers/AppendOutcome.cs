namespace Inclusion.Sdk.Vouchers;

/// <summary>The outcome of <see cref="IVoucherEventStore.AppendAsync"/>.</summary>
public enum AppendOutcome
{
    /// <summary>The events were appended.</summary>
    Appended = 0,

    /// <summary>The stream was not at the expected version: nothing was appended.</summary>
    Conflict = 1,
}

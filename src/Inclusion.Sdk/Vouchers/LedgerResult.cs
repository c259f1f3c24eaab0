using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// The result of a ledger command: the event recorded, the original event when the command repeated an earlier scan
/// (nothing posted), or the rejection with its stable rule code (the ledger is unchanged).
/// </summary>
public readonly struct LedgerResult
{
    private readonly IReadOnlyList<ValidationIssue>? issues;

    internal LedgerResult(VoucherEvent? recorded, ValidationIssue? rejection, bool isRepeat, IReadOnlyList<ValidationIssue>? issues = null)
    {
        Event = recorded;
        Rejection = rejection;
        IsRepeat = isRepeat;
        this.issues = issues;
    }

    /// <summary>Gets whether the command was accepted (recorded, or a repeat of an accepted scan); <see langword="false"/> for a default value.</summary>
    public bool Success => Rejection is null && Event is not null;

    /// <summary>Gets the event recorded, or the original redemption of a repeated scan.</summary>
    public VoucherEvent? Event { get; }

    /// <summary>Gets the rejection, if any.</summary>
    public ValidationIssue? Rejection { get; }

    /// <summary>Gets every issue of the command: for a rejection, all that blocks it (closing lists every unsettled
    /// item; the first is <see cref="Rejection"/>); for an accepted command, its warnings (a hand-out after the
    /// distribution block).</summary>
    public IReadOnlyList<ValidationIssue> Issues => issues ?? (Rejection is null ? [] : [Rejection]);

    /// <summary>Gets the rule code of the rejection, if any.</summary>
    public string? RuleCode => Rejection?.RuleCode;

    /// <summary>Gets whether the command repeated an earlier scan (same passes, provider and service): nothing was posted.</summary>
    public bool IsRepeat { get; }

    /// <inheritdoc />
    public override string ToString() => Rejection is not null ? $"rejected [{Rejection.RuleCode}]" : IsRepeat ? "repeat" : $"recorded {Event?.GetType().Name}";
}

namespace Inclusion.Sdk.Vouchers;

/// <summary>One line of a posting: an account, the party it concerns, and a signed amount (debit positive, credit negative).</summary>
public readonly struct PostingLine
{
    /// <summary>Creates a line.</summary>
    /// <param name="account">The account.</param>
    /// <param name="party">The party (commanditaire, provider SIRET, co-funder).</param>
    /// <param name="amount">Debit positive, credit negative.</param>
    public PostingLine(VoucherAccount account, string party, Money amount)
    {
        Account = account;
        Party = party ?? string.Empty;
        Amount = amount;
    }

    /// <summary>Gets the account.</summary>
    public VoucherAccount Account { get; }

    /// <summary>Gets the party.</summary>
    public string Party { get; }

    /// <summary>Gets the signed amount.</summary>
    public Money Amount { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Account} {Party} {Amount.Amount:+0.00;-0.00}";
}

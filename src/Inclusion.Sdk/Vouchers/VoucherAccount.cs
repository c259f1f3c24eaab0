namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// The accounts of a programme's double-entry postings (operator's view; debit positive, credit negative).
/// <see cref="PrepaidFaceValue"/> is ring-fenced: it is credited only to pay providers (<see cref="ProviderPayable"/>)
/// or to credit the commanditaire back (<see cref="CreditNotesDue"/>), or to release the face value of passes handed
/// out after the distribution block and never used (<see cref="ForfeitedFaceValue"/>).
/// </summary>
public enum VoucherAccount
{
    /// <summary>Ring-fenced face value prepaid by the commanditaire (asset, debit balance).</summary>
    PrepaidFaceValue = 0,

    /// <summary>Face value of passes in circulation (liability, credit balance).</summary>
    OutstandingPasses = 1,

    /// <summary>Face value of scans not yet counter-paid, per provider (liability).</summary>
    ProviderPayable = 2,

    /// <summary>Fee invoices to the commanditaire, fees and VAT included (asset).</summary>
    CommanditaireReceivable = 3,

    /// <summary>Operator fee income, excluding VAT (income, credit balance).</summary>
    OperatorFees = 4,

    /// <summary>VAT collected on fees (liability).</summary>
    VatCollected = 5,

    /// <summary>Downstream fees withheld from counter-payments, kept by the operator (asset).</summary>
    OperatorCash = 6,

    /// <summary>VAT on downstream fees invoiced to providers (asset).</summary>
    ProviderReceivable = 7,

    /// <summary>Face value of cancelled or expired passes owed back to the commanditaire as a credit note (liability).</summary>
    CreditNotesDue = 8,

    /// <summary>Co-financing claimed from the co-funder (memo asset of the commanditaire's claim).</summary>
    CoFunderReceivable = 9,

    /// <summary>Co-financing owed to the commanditaire (memo liability balancing <see cref="CoFunderReceivable"/>).</summary>
    CommanditaireCoFinancing = 10,

    /// <summary>Face value of passes handed out after the distribution block and never used (expired or cancelled):
    /// at the commanditaire's charge, not credited back; released from <see cref="PrepaidFaceValue"/> at closing
    /// (liability until then).</summary>
    ForfeitedFaceValue = 11,
}

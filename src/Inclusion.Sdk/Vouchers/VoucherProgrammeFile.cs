using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Vouchers;

/// <summary>A programme read from <c>programme.json</c>, or the located problems that prevented it.</summary>
public sealed class VoucherProgrammeFile
{
    internal VoucherProgrammeFile(VoucherProgramme? programme, ValidationReport report)
    {
        Programme = programme;
        Report = report;
    }

    /// <summary>Gets the programme, or <see langword="null"/> when the file has errors.</summary>
    public VoucherProgramme? Programme { get; }

    /// <summary>Gets the problems found.</summary>
    public ValidationReport Report { get; }
}

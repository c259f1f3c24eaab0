using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Vouchers;

/// <summary>The events read from a JSON Lines file, each with its line number, and the located problems of the other lines.</summary>
public sealed class VoucherEventFile
{
    internal VoucherEventFile(VoucherEvent[] events, long[] lines, ValidationReport report)
    {
        Events = events;
        Lines = lines;
        Report = report;
    }

    /// <summary>Gets the events read, in file order.</summary>
    public IReadOnlyList<VoucherEvent> Events { get; }

    /// <summary>Gets the 1-based line of each event.</summary>
    public IReadOnlyList<long> Lines { get; }

    /// <summary>Gets the problems found (malformed lines, unknown types, missing or invalid members).</summary>
    public ValidationReport Report { get; }
}

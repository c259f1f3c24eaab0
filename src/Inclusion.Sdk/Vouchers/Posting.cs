namespace Inclusion.Sdk.Vouchers;

/// <summary>A balanced double-entry posting derived from one event (never stored: rebuilt from the events).</summary>
public sealed class Posting
{
    internal Posting(long version, string description, PostingLine[] lines)
    {
        Version = version;
        Description = description;
        Lines = lines;
    }

    /// <summary>Gets the version (1-based position) of the event the posting derives from.</summary>
    public long Version { get; }

    /// <summary>Gets a short description.</summary>
    public string Description { get; }

    /// <summary>Gets the lines; their amounts sum to zero.</summary>
    public IReadOnlyList<PostingLine> Lines { get; }

    /// <summary>Gets whether the lines sum to zero.</summary>
    public bool IsBalanced
    {
        get
        {
            var sum = Money.Zero;
            foreach (var line in Lines)
            {
                sum += line.Amount;
            }

            return sum == Money.Zero;
        }
    }
}

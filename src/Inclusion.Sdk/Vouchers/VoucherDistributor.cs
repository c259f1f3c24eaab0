using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Vouchers;

/// <summary>A distributor (aiguilleur, prescripteur) that receives injected booklets and hands passes to beneficiaries.</summary>
public sealed class VoucherDistributor
{
    /// <summary>Creates a distributor.</summary>
    /// <param name="id">Its identifier in the programme.</param>
    /// <param name="name">Its name.</param>
    /// <param name="territory">The territory it serves (used by the KPIs by territory).</param>
    /// <exception cref="ArgumentException">The id or name is empty.</exception>
    public VoucherDistributor(string id, string name, TerritoryId territory)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(id), nameof(id), "The id is required.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "The name is required.");
        Id = id;
        Name = name;
        Territory = territory;
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the territory served.</summary>
    public TerritoryId Territory { get; }
}

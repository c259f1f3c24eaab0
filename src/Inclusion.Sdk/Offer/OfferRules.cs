using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Offer;

/// <summary>The rules of the offer map's commune table (the other commune-table rules are <c>territory-file.*</c>). <c>{0}</c> is the value as read.</summary>
internal static class OfferRules
{
    internal static readonly RuleDefinition Population = new("offer.population", Severity.Error,
        "\"{0}\" is not a population (a whole number, zero or more); the row is ignored.",
        "« {0} » n'est pas une population (entier positif ou nul) ; la ligne est ignorée.");
}

using Inclusion.Sdk.Identifiers;

namespace Inclusion.Sdk.Territories;

/// <summary>A commune row that passed validation, as the registry holds it.</summary>
internal readonly record struct CommuneRow(CommuneCode Code, string Name, PostalCode[] PostalCodes, long? Population, CommuneCode Parent);

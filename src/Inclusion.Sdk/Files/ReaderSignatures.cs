using System.Diagnostics.CodeAnalysis;

// The reader signatures of docs/architecture.md ("How a file is read"): Load(Stream, ReadOptions? = null) next to
// Load(string, ReadOptions? = null), Read(Stream, IIssueSink, ReadOptions? = null) next to
// Read(string, IIssueSink, ReadOptions? = null). The two overloads differ by the type of their first parameter, so the
// optional parameter cannot make a call ambiguous; one decision for the whole boundary (docs/decisions.md D13).
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "The reader signatures of the boundary", Scope = "namespaceanddescendants", Target = "~N:Inclusion.Sdk.Files")]
[assembly: SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads",
    Justification = "The reader signatures of the boundary", Scope = "namespaceanddescendants", Target = "~N:Inclusion.Sdk.Files")]

using System.Diagnostics.CodeAnalysis;

// The reader signatures of CONVENTIONS.md: Load(Stream, ReadOptions? = null) next to Load(string, ReadOptions? = null),
// Read(Stream, IIssueSink, ReadOptions? = null) next to Read(string, IIssueSink, ReadOptions? = null). The two overloads
// differ by the type of their first parameter, so the optional parameter cannot make a call ambiguous.
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "The reader signatures of CONVENTIONS.md", Scope = "namespaceanddescendants", Target = "~N:Inclusion.Sdk.Files")]

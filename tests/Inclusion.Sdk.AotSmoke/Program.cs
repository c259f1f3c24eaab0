using Inclusion.Sdk.AotSmoke;

// Exercises the library under Native AOT: each area adds a Smoke class (Run(SmokeCheck)) and one line below.
// Exit code 0 means every check held.
var check = new SmokeCheck();
CoreSmoke.Run(check);
SkillsSmoke.Run(check);
VoucherSmoke.Run(check);
StrategySmoke.Run(check);
PlacesSmoke.Run(check);
DiagnosticSmoke.Run(check);
PresentationSmoke.Run(check);

Console.WriteLine(check.Failures == 0 ? $"AOT smoke: OK ({check.Count} checks)" : $"AOT smoke: {check.Failures} failure(s) of {check.Count}");
return check.Failures == 0 ? 0 : 1;

#:package Inclusion.Sdk@0.1.0
// Programme managers and auditors: replay a voucher programme's event log (every rule checked) and save its KPIs,
// providers' statements and closing statement as an HTML page.
// Run from the repository: dotnet run docs/scripts/vouchers-statements.cs [output folder]
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Presentation;
using Inclusion.Sdk.Vouchers;

var repo = Repo();
var output = Directory.CreateDirectory(args.Length > 0 ? args[0] : Path.Combine(repo, "artifacts", "scripts")).FullName;
var samples = Path.Combine(repo, "docs", "samples", "vouchers");

var programme = VoucherProgrammeFile.Load(Path.Combine(samples, "programme.json"));
Expect(programme.IsValid, "programme.json is valid");
var replay = VoucherEventFile.Replay(programme.Value!, Path.Combine(samples, "events.jsonl"));
Expect(replay.IsValid, "the event log replays without error");
var settlement = VoucherSettlement.Of(replay.Value!);

var page = Path.Combine(output, "vouchers-statements.html");
settlement.SaveHtml(page, overwrite: true);
Console.WriteLine($"{replay.Value!.Version} events -> {page}");

static void Expect(bool condition, string what) { if (!condition) throw new InvalidOperationException("Unexpected: " + what); }
static string Repo()
{
    var d = new DirectoryInfo(Directory.GetCurrentDirectory());
    while (d is not null && !File.Exists(Path.Combine(d.FullName, "Inclusion.sln"))) d = d.Parent;
    return d?.FullName ?? throw new InvalidOperationException("Run from the repository (the folder of Inclusion.sln or below).");
}

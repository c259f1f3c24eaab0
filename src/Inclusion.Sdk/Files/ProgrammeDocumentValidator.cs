using System.Globalization;
using FluentValidation;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Vouchers;
using NodaTime;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Validates <c>programme.json</c> (<see cref="ProgrammeDocument"/>) before it becomes a <see cref="VoucherProgramme"/>:
/// every <c>programme.*</c> setting rule of docs/rules.md § Vouchers, with the rule's code, severity and messages
/// (<see cref="VoucherRules"/>, shared with the constructor guards of <see cref="VoucherProgramme"/> and
/// <see cref="ProviderQualification"/>).
/// </summary>
internal sealed class ProgrammeDocumentValidator : AbstractValidator<ProgrammeDocument>
{
    internal static readonly ProgrammeDocumentValidator Instance = new();

    private ProgrammeDocumentValidator()
    {
        RuleFor(d => d.Id).Must(NotBlank).Is(VoucherRules.ProgrammeBlank, (_, _) => RuleArguments.Of("id"));
        RuleFor(d => d.OperatorName).Must(NotBlank).Is(VoucherRules.ProgrammeBlank, (_, _) => RuleArguments.Of("operator")).OverridePropertyName("Operator");
        RuleFor(d => d.Commanditaire).Must(NotBlank).Is(VoucherRules.ProgrammeBlank, (_, _) => RuleArguments.Of("commanditaire"));
        RuleFor(d => d.Perimeter).NotEmpty().Is(VoucherRules.ProgrammeNoTerritory, (_, _) => RuleArguments.Of("The perimeter"));
        RuleForEach(d => d.Perimeter).Must(IsTerritory).Is(VoucherRules.ProgrammeTerritory);
        RuleForEach(d => d.Providers).ChildRules(provider =>
        {
            provider.RuleFor(p => p.Siret).Custom((siret, context) =>
            {
                if (Siret.Parse(siret) is { Success: false } parsed)
                {
                    context.Fail(VoucherRules.ProgrammeSiret, string.Empty, RuleArguments.Of(siret, parsed.Error!.MessageEn));
                }
            });
            provider.RuleFor(p => p.Name).Must(NotBlank).Is(VoucherRules.ProgrammeBlank, (_, _) => RuleArguments.Of("name"));
            provider.RuleFor(p => p.Territories).NotEmpty().Is(VoucherRules.ProgrammeNoTerritory, (p, _) => RuleArguments.Of(p.Siret));
            provider.RuleForEach(p => p.Territories).Must(IsTerritory).Is(VoucherRules.ProgrammeTerritory);
            provider.RuleFor(p => p.QualifiedFrom).Must(IsPlausible).Is(VoucherRules.ProgrammeDateRange, (_, v) => RuleArguments.Of(Date(v)));
            provider.RuleFor(p => p.QualifiedUntil).Must(v => v is not { } d || IsPlausible(d)).Is(VoucherRules.ProgrammeDateRange, (_, v) => RuleArguments.Of(Date(v!.Value)));
            provider.RuleFor(p => p.QualifiedUntil).Must((p, until) => until is null || until >= p.QualifiedFrom)
                .Is(VoucherRules.ProgrammeQualificationPeriod, (p, until) => RuleArguments.Of(Date(until!.Value), Date(p.QualifiedFrom)));
        });
        RuleForEach(d => d.Distributors).ChildRules(distributor =>
        {
            distributor.RuleFor(x => x.Id).Must(NotBlank).Is(VoucherRules.ProgrammeBlank, (_, _) => RuleArguments.Of("id"));
            distributor.RuleFor(x => x.Name).Must(NotBlank).Is(VoucherRules.ProgrammeBlank, (_, _) => RuleArguments.Of("name"));
            distributor.RuleFor(x => x.Territory).Must(IsTerritory).Is(VoucherRules.ProgrammeTerritory);
        });
        RuleFor(d => d.FaceValue).Must(v => v is not { } euros || VoucherProgramme.IsFaceValue(Money.FromEuros(euros)))
            .Is(VoucherRules.ProgrammeFaceValue, (_, v) => RuleArguments.Of(v!.Value.ToString(CultureInfo.InvariantCulture)));
        RuleFor(d => d.BookletFormats).Must(f => f is null || f.Count > 0).Is(VoucherRules.ProgrammeBookletFormats, (_, _) => RuleArguments.Of("[]"));
        RuleForEach(d => d.BookletFormats).Must(VoucherProgramme.IsBookletFormat).Is(VoucherRules.ProgrammeBookletFormats);
        RuleFor(d => d.SmallBookletMinimumOrder).Must(n => n is not < 0).Is(VoucherRules.ProgrammeMinimumOrder);
        RuleFor(d => d.ValidityEnd).Must(v => v is not { } d || IsPlausible(d)).Is(VoucherRules.ProgrammeDateRange, (_, v) => RuleArguments.Of(Date(v!.Value)));
        RuleFor(d => d.GracePeriodMonths).Must(n => n is not (< 0 or > 120)).Is(VoucherRules.ProgrammeGracePeriod);
        RuleFor(d => d.ImportMarginMonths).Must(n => n is not (< 0 or > 120)).Is(VoucherRules.ProgrammeImportMargin);
        RuleFor(d => d.CoFinancing!.MinimumOrder).Must(IsAmount).Is(VoucherRules.ProgrammeAmount).When(d => d.CoFinancing is not null);
        RuleFor(d => d.CoFinancing!.OrderCeiling).Must(IsAmount).Is(VoucherRules.ProgrammeAmount).When(d => d.CoFinancing is not null);
        RuleFor(d => d.Fees!.UpstreamRate).Must(IsRate).Is(VoucherRules.ProgrammeRate).When(d => d.Fees is not null);
        RuleFor(d => d.Fees!.DownstreamRate).Must(IsRate).Is(VoucherRules.ProgrammeRate).When(d => d.Fees is not null);
        RuleFor(d => d.Fees!.VatRate).Must(v => v is not { } r || IsRate(r)).Is(VoucherRules.ProgrammeRate).When(d => d.Fees is not null);
        RuleFor(d => d.CoFinancing!.CoFunder).Must(NotBlank).Is(VoucherRules.ProgrammeBlank, (_, _) => RuleArguments.Of("coFunder")).When(d => d.CoFinancing is not null);
        RuleFor(d => d.CoFinancing!.MaximumShare).Must(IsRate).Is(VoucherRules.ProgrammeRate).When(d => d.CoFinancing is not null);
        RuleFor(d => d.CoFinancing!.OrderCeiling).Must((d, ceiling) => d.CoFinancing!.MinimumOrder >= 0 && ceiling >= d.CoFinancing.MinimumOrder)
            .Is(VoucherRules.ProgrammeCoFinancing, (d, ceiling) => RuleArguments.Of(ceiling.ToString(CultureInfo.InvariantCulture), d.CoFinancing!.MinimumOrder.ToString(CultureInfo.InvariantCulture)))
            .When(d => d.CoFinancing is not null);
        RuleFor(d => d).Custom((d, context) =>
        {
            var sirets = new HashSet<Siret>();
            for (var i = 0; i < d.Providers.Count; i++)
            {
                if (Siret.TryParse(d.Providers[i].Siret, out var siret) && !sirets.Add(siret))
                {
                    context.Fail(VoucherRules.ProgrammeDuplicateProvider, $"$.providers[{i}].siret", RuleArguments.Of(siret.ToString()));
                }
            }

            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < d.Distributors.Count; i++)
            {
                if (!string.IsNullOrWhiteSpace(d.Distributors[i].Id) && !ids.Add(d.Distributors[i].Id.Trim()))
                {
                    context.Fail(VoucherRules.ProgrammeDuplicateDistributor, $"$.distributors[{i}].id", RuleArguments.Of(d.Distributors[i].Id));
                }
            }
        });
    }

    private static bool NotBlank(string? text) => !string.IsNullOrWhiteSpace(text);

    private static bool IsTerritory(string text) => VoucherLedger.ParseTerritory(text) is not null;

    private static bool IsRate(decimal rate) => rate is >= 0m and <= 1m;

    private static bool IsAmount(decimal euros) => Math.Abs(euros) <= VoucherProgramme.MaxAmount.Amount;

    /// <summary>Dates of a programme lie in the years 1900 to 2199, so that the expiry arithmetic never overflows.</summary>
    private static bool IsPlausible(LocalDate date) => date.Year is >= 1900 and <= 2199;

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}

using System.Globalization;
using FluentValidation;
using NodaTime;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Validates the territorial report's settings (<see cref="ReportDocument"/>): every <c>report.*</c> rule a settings
/// file can break, each located by JSON path; a named file must exist, relative to the settings file's folder.
/// </summary>
internal sealed class ReportDocumentValidator : AbstractValidator<ReportDocument>
{
    internal static readonly string[] Languages = ["fr", "en"];

    internal static readonly string[] Presets = ["ifn-2023", "ifn-2019"];

    internal static readonly string[] Levels = ["commune", "epci", "departement"];

    private readonly string baseDirectory;

    internal ReportDocumentValidator(string baseDirectory)
    {
        this.baseDirectory = baseDirectory;
        RuleFor(d => d.Territory).Must(NotBlank).Is(ReportRules.Blank, (_, _) => RuleArguments.Of("territory"));
        RuleFor(d => d.Language).Must(l => l is null || Languages.Contains(l, StringComparer.Ordinal)).Is(ReportRules.UnknownValue, (_, v) => RuleArguments.Of(v));
        RuleFor(d => d.DataDate).Must(IsPlausible).Is(ReportRules.DateRange, (_, v) => RuleArguments.Of(Date(v)));
        RuleFor(d => d.Sections).Must(HasOne).Is(ReportRules.NoSection, (_, _) => RuleArguments.Of(null));
        RuleFor(d => d.Sections.FragilityIndex!).ChildRules(index =>
        {
            index.RuleFor(i => i.Indicators).Must(Exists).Is(ReportRules.FileMissing, (_, v) => RuleArguments.Of(v));
            index.RuleFor(i => i.Preset).Must(p => p is null || Presets.Contains(p, StringComparer.Ordinal)).Is(ReportRules.UnknownValue, (_, v) => RuleArguments.Of(v));
            index.RuleFor(i => i.Level).Must(l => l is null || Levels.Contains(l, StringComparer.Ordinal)).Is(ReportRules.UnknownValue, (_, v) => RuleArguments.Of(v));
        }).When(d => d.Sections.FragilityIndex is not null);
        RuleFor(d => d.Sections.Offer!).ChildRules(offer =>
        {
            offer.RuleFor(o => o.Places).Must(Exists).Is(ReportRules.FileMissing, (_, v) => RuleArguments.Of(v));
            offer.RuleFor(o => o.Communes).Must(Exists).Is(ReportRules.FileMissing, (_, v) => RuleArguments.Of(v));
        }).When(d => d.Sections.Offer is not null);
        RuleFor(d => d.Sections.Activities!).ChildRules(activities =>
        {
            activities.RuleFor(a => a.File).Must(Exists).Is(ReportRules.FileMissing, (_, v) => RuleArguments.Of(v));
            activities.RuleFor(a => a.Year).Must(y => y is null or (>= 2000 and <= 2199)).Is(ReportRules.DateRange, (_, v) => RuleArguments.Of(v?.ToString(CultureInfo.InvariantCulture)));
        }).When(d => d.Sections.Activities is not null);
        RuleFor(d => d.Sections.Skills!).ChildRules(skills =>
        {
            skills.RuleFor(s => s.Survey).Must(Exists).Is(ReportRules.FileMissing, (_, v) => RuleArguments.Of(v));
            skills.RuleFor(s => s.Weight).Must(w => w is null || NotBlank(w)).Is(ReportRules.Blank, (_, _) => RuleArguments.Of("weight"));
        }).When(d => d.Sections.Skills is not null);
        RuleFor(d => d.Sections.Vouchers!).ChildRules(vouchers =>
        {
            vouchers.RuleFor(v => v.Programme).Must(Exists).Is(ReportRules.FileMissing, (_, v) => RuleArguments.Of(v));
            vouchers.RuleFor(v => v.Events).Must(Exists).Is(ReportRules.FileMissing, (_, v) => RuleArguments.Of(v));
        }).When(d => d.Sections.Vouchers is not null);
        RuleFor(d => d.Sections.Plan!).ChildRules(plan =>
        {
            plan.RuleFor(p => p.Plan).Must(Exists).Is(ReportRules.FileMissing, (_, v) => RuleArguments.Of(v));
            plan.RuleFor(p => p.Measurements).Must(m => m is null || Exists(m)).Is(ReportRules.FileMissing, (_, v) => RuleArguments.Of(v));
        }).When(d => d.Sections.Plan is not null);
        RuleFor(d => d.Sections.DataQuality!).ChildRules(quality =>
        {
            quality.RuleFor(q => q.Places).NotEmpty().Is(ReportRules.Blank, (_, _) => RuleArguments.Of("places"));
            quality.RuleForEach(q => q.Places).Must(Exists).Is(ReportRules.FileMissing, (_, v) => RuleArguments.Of(v));
        }).When(d => d.Sections.DataQuality is not null);
    }

    /// <summary>The full path of a file named in the settings.</summary>
    internal static string Resolve(string baseDirectory, string path) => Path.GetFullPath(path, baseDirectory);

    private static bool NotBlank(string? text) => !string.IsNullOrWhiteSpace(text);

    private static bool IsPlausible(LocalDate date) => date.Year is >= 2000 and <= 2199;

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static bool HasOne(ReportSectionsDocument s) =>
        s.FragilityIndex is not null || s.Offer is not null || s.Activities is not null || s.Skills is not null
        || s.Vouchers is not null || s.Plan is not null || s.DataQuality is not null;

    private bool Exists(string? path) => NotBlank(path) && File.Exists(Resolve(baseDirectory, path!));
}

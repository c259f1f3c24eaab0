using System.Globalization;
using System.Runtime.InteropServices;
using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Hours;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Reporting;
using NodaTime;
using NodaTime.Text;
using static Inclusion.Sdk.Places.PlacesRules;

namespace Inclusion.Sdk.Places;

/// <summary>Validates one row (cells in schema order) and builds its place; in fix mode also produces the normalised v1.0.2 cells.</summary>
internal sealed class PlaceRowValidator
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    private readonly PlacesSchema schema;
    private readonly PlacesValidationSettings options;
    private readonly string? source;
    private readonly bool fix;
    private readonly PlaceEnumMatcher?[] matchers;

    /// <summary>The exact-match test of each enumeration field's matcher, made once (not a delegate per cell).</summary>
    private readonly RowContext.SpanPredicate?[] exact;

    /// <summary>Parsed opening hours by text: files repeat a few timetables, and parsed values are immutable (bounded).</summary>
    private readonly Dictionary<string, ParseResult<OpeningHours>> hoursCache = new(StringComparer.Ordinal);
    private readonly LocalDate today;
    private readonly int[] fieldIndexV1;

    /// <summary>The state of the row being checked, reused from row to row.</summary>
    private RowContext? context;

    /// <summary>Creates the validator of one file's rows.</summary>
    /// <param name="schema">The schema of the file.</param>
    /// <param name="options">What the rows are validated against.</param>
    /// <param name="source">The file's name, for locations.</param>
    /// <param name="fix">Whether fixed rows are written.</param>
    internal PlaceRowValidator(PlacesSchema schema, PlacesValidationSettings options, string? source, bool fix)
    {
        this.schema = schema;
        this.options = options;
        this.source = source;
        this.fix = fix;
        matchers = schema.Fields.Select(f => f.EnumValues is null ? null : new PlaceEnumMatcher(f.EnumValues)).ToArray();
        exact = matchers.Select(m => m is null ? null : new RowContext.SpanPredicate(m.IsExact)).ToArray();
        today = options.Clock.GetCurrentInstant().InZone(Paris).Date;
        fieldIndexV1 = schema.Fields.Select(f => PlacesSchema.V1.ByName.TryGetValue(V1NameOf(f.Name), out var v1) ? v1.Index : -1).ToArray();
    }

    /// <summary>The v1.0.2 column a v0.1.1 column is written to (renamed columns; others keep their name).</summary>
    private static string V1NameOf(string v0Name) => v0Name switch
    {
        "courriel" => "courriels",
        "accessibilite" => "fiche_acces_libre",
        _ => v0Name,
    };

    /// <summary>
    /// Validates a row: its issues go to <paramref name="issues"/>, in field order. The uniqueness of the id is not
    /// checked here (a validator may run on another thread than the rows before it): <paramref name="id"/> is the row's
    /// id and <paramref name="idIssueAt"/> the place among the issues where a repeated id is reported.
    /// </summary>
    /// <param name="row">The row number.</param>
    /// <param name="cells">The cells, indexed like the schema fields (null when the column is absent).</param>
    /// <param name="columns">The 1-based file column of each field (0 when absent).</param>
    /// <param name="issues">Receives the row's issues.</param>
    /// <param name="output">The fixed v1.0.2 row to fill, or <see langword="null"/>.</param>
    /// <param name="buildPlace">Whether to build the place.</param>
    /// <param name="id">The row's id (empty when absent).</param>
    /// <param name="idIssueAt">Where, among <paramref name="issues"/>, a repeated id is to be reported.</param>
    /// <returns>The place, when asked and the required fields are usable.</returns>
    internal MediationPlace? Validate(long row, string?[] cells, int[] columns, List<ValidationIssue> issues, string[]? output, bool buildPlace, out string id, out int idIssueAt)
    {
        var ctx = context ??= new RowContext(this, cells.Length);
        ctx.Start(row, cells, columns, issues, output, buildPlace || output is not null || schema.Version == PlacesSchemaVersion.V0);
        for (var i = 0; i < schema.Fields.Count; i++)
        {
            ctx.Check(i);
        }

        ctx.CheckCoordinates();
        if (schema.Version == PlacesSchemaVersion.V0)
        {
            ctx.Migrated = PlacesMigration.Migrate(ctx, output is not null);
        }

        if (!options.ShowPersonalData)
        {
            PlacesPersonalData.MaskAll(issues);
        }

        id = ctx.Id;
        idIssueAt = ctx.IdIssueAt;
        return buildPlace ? ctx.BuildPlace() : null;
    }

    /// <summary>The state of one row while it is checked (one per validator, started again for each row).</summary>
    internal sealed class RowContext
    {
        private readonly PlaceRowValidator owner;
        private long row;
        private string?[] cells = [];
        private int[] columns = [];
        private List<ValidationIssue> issues = [];
        private string[]? output;
        private PivotIdentifier? pivot;
        private PostalCode? postal;
        private CommuneCode? commune;
        private double? latitude;
        private double? longitude;
        private LocalDate? date;
        private OpeningHours? hours;
        private string? phone;

        internal RowContext(PlaceRowValidator owner, int fields)
        {
            this.owner = owner;
            Canonical = new string[fields];
            Lists = new string[]?[fields];
        }

        /// <summary>Clears what the previous row left and takes this row's cells.</summary>
        internal void Start(long row, string?[] cells, int[] columns, List<ValidationIssue> issues, string[]? output, bool needLists)
        {
            this.row = row;
            this.cells = cells;
            this.columns = columns;
            this.issues = issues;
            this.output = output;
            NeedLists = needLists;
            pivot = null;
            postal = null;
            commune = null;
            latitude = null;
            longitude = null;
            date = null;
            hours = null;
            phone = null;
            Coordinates = null;
            Migrated = null;
            Id = string.Empty;
            IdIssueAt = 0;
            Array.Clear(Canonical);
            Array.Clear(Lists);
        }

        /// <summary>Trimmed, canonical value of each field (empty when absent or invalid-and-unfixable keeps the trimmed text).</summary>
        internal string[] Canonical { get; }

        /// <summary>Whether the canonical lists are needed (to build the place, write the fixed row or migrate); when not, clean cells are checked without allocating.</summary>
        internal bool NeedLists { get; private set; }

        /// <summary>Canonical values of multi-valued enumeration fields.</summary>
        internal string[]?[] Lists { get; }

        private PlacesSchema Schema => owner.schema;

        internal void Check(int index)
        {
            var field = Schema.Fields[index];
            var raw = cells[index] ?? string.Empty;
            var value = raw;
            if (raw.Length > 0 && (char.IsWhiteSpace(raw[0]) || char.IsWhiteSpace(raw[^1])))
            {
                value = raw.Trim();
                Add(index, Field(field.Name, FieldRule.Whitespace).Issue(raw, suggestion: value));
            }

            Canonical[index] = value;
            if (value.Length == 0)
            {
                if (field.Required)
                {
                    Add(index, Field(field.Name, FieldRule.Required).Issue(raw));
                }

                Emit(index, raw, value);
                return;
            }

            if (field.MaxLength is { } max && value.Length > max)
            {
                Add(index, Field(field.Name, FieldRule.MaxLength).Issue(Shorten(value), extra: [value.Length, max]));
            }

            var canonical = field.EnumValues is not null ? CheckEnum(index, value) : CheckField(index, field.Name, value);
            Canonical[index] = canonical ?? value;
            Emit(index, raw, canonical ?? value);
        }

        private string? CheckField(int index, string name, string value)
        {
            switch (name)
            {
                case "id":
                    NoteId(value);
                    return value;
                case "pivot":
                    return CheckPivot(index, value);
                case "code_postal":
                    return CheckPostal(index, value);
                case "code_insee":
                    return CheckInsee(index, value);
                case "latitude":
                    latitude = CheckNumber(index, value, out var lat);
                    return lat;
                case "longitude":
                    longitude = CheckNumber(index, value, out var lon);
                    return lon;
                case "typologie":
                    return CheckTypologies(index, value);
                case "telephone":
                    return CheckPhone(index, value);
                case "courriels":
                case "courriel":
                    return CheckList(index, value, name == "courriels", PlaceTextChecks.CheckEmail);
                case "site_web":
                    return CheckList(index, value, true, PlaceTextChecks.CheckUrl);
                case "fiche_acces_libre":
                case "prise_rdv":
                case "accessibilite":
                    return CheckUrl(index, value);
                case "horaires":
                    return CheckHours(index, value);
                case "date_maj":
                    return CheckDate(index, value);
                default:
                    return value;
            }
        }

        /// <summary>The row's id (its uniqueness is checked in file order by the caller).</summary>
        internal string Id { get; private set; } = string.Empty;

        /// <summary>Where among the row's issues a repeated id is reported: after the id cell's own issues.</summary>
        internal int IdIssueAt { get; private set; }

        private void NoteId(string value)
        {
            Id = value;
            IdIssueAt = issues.Count;
        }

        private string? CheckPivot(int index, string value)
        {
            var result = PivotIdentifier.Parse(value);
            if (!result.Success)
            {
                AddInner(index, "pivot", value, result.Error!, FieldRule.Invalid);
                return null;
            }

            pivot = result.Value;
            AddWarnings(index, "pivot", value, result.Warnings);

            if (!NeedLists && result.Warnings.Count == 0)
            {
                return value; // already canonical: the canonical text is only needed to build the place or fix the row
            }

            var text = result.Value.ToString();
            return text.Length is >= 9 and <= 14 && !text.AsSpan().ContainsAnyExceptInRange('0', 'z') ? text : value;
        }

        private string? CheckPostal(int index, string value)
        {
            var result = PostalCode.Parse(value);
            if (!result.Success)
            {
                AddInner(index, "code_postal", value, result.Error!, FieldRule.Invalid);
                return result.Error!.Suggestion;
            }

            postal = result.Value;
            AddWarnings(index, "code_postal", value, result.Warnings);

            return !NeedLists && result.Warnings.Count == 0 ? value : result.Value.ToString();
        }

        private string? CheckInsee(int index, string value)
        {
            var result = CommuneCode.Parse(value);
            if (!result.Success)
            {
                AddInner(index, "code_insee", value, result.Error!, FieldRule.Invalid);
                return result.Error!.Suggestion;
            }

            commune = result.Value;
            AddWarnings(index, "code_insee", value, result.Warnings);

            if (owner.options.Communes is { } registry)
            {
                CheckAgainstRegistry(index, registry, result.Value);
            }

            return !NeedLists && result.Warnings.Count == 0 ? value : result.Value.ToString();
        }

        /// <summary>With a communes table: the code must be known, and the postal code one of the commune's (when the table lists them).</summary>
        private void CheckAgainstRegistry(int index, Territories.TerritoryRegistry registry, CommuneCode code)
        {
            if (registry.Find(code) is null)
            {
                Add(index, InseeUnknown.Issue(code.ToString()));
                return;
            }

            if (postal is not { } p)
            {
                return;
            }

            var postalCodes = registry.PostalCodesOf(code);
            if (postalCodes.Count > 0 && !postalCodes.Contains(p))
            {
                var list = string.Join(", ", postalCodes.Take(5));
                Add(index, InseePostalMismatch.Issue(code.ToString(), extra: [p.ToString(), list]));
            }
        }

        /// <summary>The number a coordinate cell holds, or <see langword="null"/> (reported, with the dot-decimal spelling as
        /// <paramref name="canonical"/> when a comma was the only problem).</summary>
        private double? CheckNumber(int index, string value, out string? canonical)
        {
            if (PlaceTextChecks.TryParseNumber(value, out var number))
            {
                canonical = value;
                return number;
            }

            var comma = value.Replace(',', '.');
            string? suggestion = value.Count(c => c == ',') == 1 && PlaceTextChecks.TryParseNumber(comma, out _) ? comma : null;
            Add(index, Field(Schema.Fields[index].Name, FieldRule.Invalid).Issue(value, suggestion: suggestion, extra: ["not a number (the decimal separator is a dot)", "pas un nombre (le séparateur décimal est le point)"]));
            canonical = suggestion;
            return suggestion is not null && PlaceTextChecks.TryParseNumber(suggestion, out var fixedNumber) ? fixedNumber : null;
        }

        internal void CheckCoordinates()
        {
            int li = IndexOf("latitude"), lo = IndexOf("longitude");
            if (li < 0 || lo < 0)
            {
                return;
            }

            double? lat = latitude, lon = longitude;
            if (lat is null && lon is null)
            {
                return;
            }

            if (lat is null || lon is null)
            {
                if (Canonical[li].Length == 0 || Canonical[lo].Length == 0)
                {
                    Add(li, CoordinatesIncomplete.Issue(Canonical[li] + "," + Canonical[lo]));
                }

                return;
            }

            double y = lat.Value, x = lon.Value;
            if (Math.Abs(y) > 90 || Math.Abs(x) > 180)
            {
                var rule = PlaceTextChecks.LooksLikeLambert93(x, y) || PlaceTextChecks.LooksLikeLambert93(y, x) ? CoordinatesLambert : CoordinatesRange;
                Add(li, rule.Issue(Canonical[li] + "," + Canonical[lo]));
                return;
            }

            if (PlaceTextChecks.InFrance(y, x))
            {
                Coordinates = new GeoCoordinates(y, x);
                return;
            }

            if (PlaceTextChecks.InFrance(x, y))
            {
                Add(li, CoordinatesSwapped.Issue(Canonical[li] + "," + Canonical[lo], suggestion: Canonical[lo] + "," + Canonical[li]));
                if (output is not null)
                {
                    SetOutput(li, Canonical[li], Canonical[lo]);
                    SetOutput(lo, Canonical[lo], Canonical[li]);
                }

                Coordinates = new GeoCoordinates(x, y);
                return;
            }

            Add(li, CoordinatesOutside.Issue(Canonical[li] + "," + Canonical[lo]));
            Coordinates = new GeoCoordinates(y, x);
        }

        internal GeoCoordinates? Coordinates { get; private set; }

        /// <summary>v1.0.2 values of the enumerations of a v0.1.1 row (by v1 field name), or <see langword="null"/> for a v1 row.</summary>
        internal Dictionary<string, List<string>>? Migrated { get; set; }

        /// <summary>Canonical values of a v0 enumeration field (empty when absent).</summary>
        internal IReadOnlyList<string> ListOf(string name) => IndexOf(name) is var i and >= 0 ? Lists[i] ?? [] : [];

        /// <summary>Canonical text of a field (empty when absent).</summary>
        internal string ValueOf(string name) => IndexOf(name) is var i and >= 0 ? Canonical[i] : string.Empty;

        /// <summary>Whether a value is an allowed value of the field.</summary>
        internal bool IsAllowed(string name, string value) => IndexOf(name) is var i and >= 0 && owner.matchers[i] is { } m && m.IsExact(value);

        private string? CheckTypologies(int index, string value)
        {
            if (!NeedLists && IsCleanList(value, static t => StructureTypology.Parse(t) is { Success: true, Warnings.Count: 0 }))
            {
                return value;
            }

            var parts = Split(index, value, out var hadProblem);
            var canonical = new List<string>(parts.Count);
            foreach (var part in parts)
            {
                var result = StructureTypology.Parse(part);
                if (!result.Success)
                {
                    AddInner(index, "typologie", part, result.Error!, FieldRule.Invalid);
                    canonical.Add(part);
                    continue;
                }

                AddWarnings(index, "typologie", part, result.Warnings);

                AddDistinct(index, canonical, result.Value.Code);
            }

            Lists[index] = canonical.ToArray();
            return string.Join(Schema.Separator, canonical);
        }

        private string? CheckPhone(int index, string value)
        {
            switch (PlaceTextChecks.CheckPhone(value, out var e164, out var reason))
            {
                case PlaceTextChecks.PhoneOutcome.Canonical:
                    phone = value;
                    return value;
                case PlaceTextChecks.PhoneOutcome.Normalisable:
                    phone = e164;
                    Add(index, PhoneNational.Issue(value, suggestion: e164));
                    return e164;
                case PlaceTextChecks.PhoneOutcome.Several:
                    Add(index, PhoneSeveral.Issue(value));
                    if (output is not null)
                    {
                        Add(index, FixAmbiguous.Issue(value, extra: ["several numbers: which one?", "plusieurs numéros : lequel ?"]));
                    }

                    return null;
                default:
                    Add(index, Field("telephone", FieldRule.Invalid).Issue(value, extra: [reason, TranslatePhoneReason(reason)]));
                    return null;
            }
        }

        private static string TranslatePhoneReason(string reason) => reason switch
        {
            "too many digits" => "trop de chiffres",
            "it contains text" => "il contient du texte",
            "a short number cannot be written in E.164" => "un numéro court ne s'écrit pas en E.164",
            "too few digits" => "trop peu de chiffres",
            _ => "pas un numéro français (+33, ou un indicatif d'outre-mer +262, +269, +508, +590, +594, +596, +681, +687, +689) de 6 à 9 chiffres",
        };

        private delegate bool TextCheck(string value, out string? suggestion, out string reason);

        private string? CheckList(int index, string value, bool multi, TextCheck check)
        {
            if (!NeedLists && (multi && value.Contains(Schema.Separator)
                    ? IsCleanList(value, part => check(part.ToString(), out _, out _))
                    : check(value, out _, out _)))
            {
                return value; // the value is trimmed already: one clean value is its own canonical list
            }

            var parts = multi ? Split(index, value, out _) : [value];
            var canonical = new List<string>(parts.Count);
            var name = Schema.Fields[index].Name;
            foreach (var part in parts)
            {
                if (check(part, out var suggestion, out var reason))
                {
                    AddDistinct(index, canonical, part);
                    continue;
                }

                Add(index, Field(name, FieldRule.Invalid).Issue(part, suggestion: suggestion, extra: [reason, TranslateTextReason(reason)]));
                canonical.Add(suggestion ?? part);
            }

            Lists[index] = canonical.ToArray();
            return string.Join(Schema.Separator, canonical);
        }

        private string? CheckEmail(int index, string value) => CheckList(index, value, false, PlaceTextChecks.CheckEmail);

        private string? CheckUrl(int index, string value) => CheckList(index, value, false, PlaceTextChecks.CheckUrl);

        private static string TranslateTextReason(string reason) => reason switch
        {
            "remove the mailto: prefix" => "retirez le préfixe mailto:",
            "no @" => "pas de @",
            "two @" => "deux @",
            "it contains a space, comma or semicolon" => "il contient une espace, une virgule ou un point-virgule",
            "the domain has no top-level domain" => "le domaine n'a pas d'extension",
            "misplaced dot" => "point mal placé",
            "the host has no domain" => "l'hôte n'a pas de domaine",
            "the scheme (https://) is missing" => "le schéma (https://) manque",
            _ => "pas une URL http(s) absolue",
        };

        private string? CheckHours(int index, string value)
        {
            if (!owner.hoursCache.TryGetValue(value, out var result))
            {
                result = OpeningHours.Parse(value);
                if (owner.hoursCache.Count < 4096)
                {
                    owner.hoursCache[value] = result;
                }
            }

            if (!result.Success)
            {
                AddInner(index, "horaires", value, result.Error!, FieldRule.Invalid);
                return null;
            }

            hours = result.Value;
            AddWarnings(index, "horaires", value, result.Warnings);
            return !NeedLists && result.Warnings.Count == 0 ? value : result.Value.ToString();
        }

        private string? CheckDate(int index, string value)
        {
            var fast = FastIsoDate(value);
            var parsed = fast is null ? LocalDatePattern.Iso.Parse(value) : null;
            if (parsed is { Success: false })
            {
                var suggestion = SuggestDate(value);
                Add(index, Field("date_maj", FieldRule.Invalid).Issue(value, suggestion: suggestion, extra: ["expected a real date YYYY-MM-DD", "une date réelle AAAA-MM-JJ est attendue"]));
                if (suggestion is null)
                {
                    return null;
                }

                parsed = LocalDatePattern.Iso.Parse(suggestion);
            }

            var d = fast ?? parsed!.Value;
            date = d;
            if (d > owner.today)
            {
                Add(index, DateFuture.Issue(value, extra: [LocalDatePattern.Iso.Format(owner.today)]));
            }
            else
            {
                var age = Period.DaysBetween(d, owner.today);
                if (age > owner.options.StaleAfterDays)
                {
                    Add(index, DateStale.Issue(value, extra: [age, owner.options.StaleAfterDays]));
                }
            }

            return fast is not null ? value : LocalDatePattern.Iso.Format(d);
        }

        /// <summary>A YYYY-MM-DD date of the ISO calendar read without the pattern machinery, or <see langword="null"/> (then the pattern decides).</summary>
        private static LocalDate? FastIsoDate(string value)
        {
            if (value.Length != 10 || value[4] != '-' || value[7] != '-')
            {
                return null;
            }

            int Digits(int start, int length)
            {
                var n = 0;
                for (var i = start; i < start + length; i++)
                {
                    if (!char.IsAsciiDigit(value[i]))
                    {
                        return -1;
                    }

                    n = (n * 10) + (value[i] - '0');
                }

                return n;
            }

            int year = Digits(0, 4), month = Digits(5, 2), day = Digits(8, 2);
            return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
                ? new LocalDate(year, month, day)
                : null;
        }

        /// <summary>A date in DD/MM/YYYY or with a time part, rewritten as YYYY-MM-DD when that is unambiguous.</summary>
        private static string? SuggestDate(string value)
        {
            if (value.Length > 10 && value[10] is 'T' or ' ' && LocalDatePattern.Iso.Parse(value[..10]).Success)
            {
                return value[..10];
            }

            foreach (var format in (ReadOnlySpan<string>)["dd/MM/yyyy", "dd-MM-yyyy", "dd.MM.yyyy"])
            {
                var p = LocalDatePattern.CreateWithInvariantCulture(format).Parse(value);
                if (p.Success)
                {
                    return LocalDatePattern.Iso.Format(p.Value);
                }
            }

            return null;
        }

        private string? CheckEnum(int index, string value)
        {
            var field = Schema.Fields[index];
            var matcher = owner.matchers[index]!;
            if (!NeedLists && IsCleanList(value, owner.exact[index]!))
            {
                return value;
            }

            var parts = Split(index, value, out _);
            var canonical = new List<string>(parts.Count);
            foreach (var part in parts)
            {
                if (matcher.IsExact(part))
                {
                    AddDistinct(index, canonical, part);
                    continue;
                }

                var (tolerant, closest) = matcher.Resolve(part);
                if (tolerant is not null)
                {
                    Add(index, Field(field.Name, FieldRule.EnumTolerant).Issue(part, suggestion: tolerant, extra: [tolerant, "case, accents, apostrophes or spaces differ", "casse, accents, apostrophes ou espaces différents"]));
                    AddDistinct(index, canonical, tolerant);
                    continue;
                }

                Add(index, Field(field.Name, FieldRule.Enum).Issue(part, suggestion: closest, allowedValues: matcher.Values));
                canonical.Add(part);
            }

            Lists[index] = canonical.ToArray();
            return string.Join(Schema.Separator, canonical);
        }

        internal delegate bool SpanPredicate(ReadOnlySpan<char> value);

        /// <summary>Whether every value of the list passes <paramref name="accept"/>, with no empty segment, no surrounding space and no duplicate (checked on spans, without allocating).</summary>
        private bool IsCleanList(string value, SpanPredicate accept)
        {
            var span = value.AsSpan();
            Span<Range> ranges = stackalloc Range[16];
            var count = span.Split(ranges, Schema.Separator);
            if (count == ranges.Length)
            {
                return false;
            }

            for (var i = 0; i < count; i++)
            {
                var part = span[ranges[i]];
                if (part.IsEmpty || char.IsWhiteSpace(part[0]) || char.IsWhiteSpace(part[^1]) || !accept(part))
                {
                    return false;
                }

                for (var j = 0; j < i; j++)
                {
                    if (part.SequenceEqual(span[ranges[j]]))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>Splits a multi-valued cell, reporting empty segments and trimming each value.</summary>
        private List<string> Split(int index, string value, out bool problem)
        {
            problem = false;
            var parts = new List<string>();
            var separator = Schema.Separator;
            var name = Schema.Fields[index].Name;
            var reportedEmpty = false;
            foreach (var range in value.AsSpan().Split(separator))
            {
                var segment = value.AsSpan(range);
                var trimmed = segment.Trim();
                if (trimmed.IsEmpty)
                {
                    problem = true;
                    if (!reportedEmpty)
                    {
                        Add(index, Field(name, FieldRule.EmptySegment).Issue(value));
                        reportedEmpty = true;
                    }

                    continue;
                }

                if (trimmed.Length != segment.Length)
                {
                    problem = true;
                    Add(index, Field(name, FieldRule.Whitespace).Issue(segment.ToString(), suggestion: trimmed.ToString()));
                }

                parts.Add(trimmed.ToString());
            }

            return parts;
        }

        private void AddDistinct(int index, List<string> values, string value)
        {
            if (values.Contains(value))
            {
                Add(index, Field(Schema.Fields[index].Name, FieldRule.DuplicateValue).Issue(value));
                return;
            }

            values.Add(value);
        }

        /// <summary>Reports an issue of an identifier or opening-hours parser under this field's <c>invalid</c> / <c>normalised</c> rule.</summary>
        private void AddInner(int index, string name, string value, ValidationIssue inner, FieldRule rule)
        {
            var definition = Field(name, rule);
            var issue = new ValidationIssue(
                definition.Code,
                inner.Severity == Severity.Error ? Severity.Error : Severity.Warning,
                string.Format(CultureInfo.InvariantCulture, definition.MessageEnTemplate, value, $"{inner.MessageEn} [{inner.RuleCode}]", null),
                string.Format(CultureInfo.InvariantCulture, definition.MessageFrTemplate, value, null, $"{inner.MessageFr} [{inner.RuleCode}]"),
                value,
                Location(index),
                inner.AllowedValues,
                inner.Suggestion);
            issues.Add(issue);
        }

        /// <summary>Reports the warnings of one parsed value as a single <c>normalised</c> issue (messages joined, the first suggestion).</summary>
        private void AddWarnings(int index, string name, string value, IReadOnlyList<ValidationIssue> warnings)
        {
            if (warnings.Count == 0)
            {
                return;
            }

            if (warnings.Count == 1)
            {
                AddInner(index, name, value, warnings[0], FieldRule.Normalised);
                return;
            }

            var combined = new ValidationIssue(
                warnings[0].RuleCode,
                Severity.Warning,
                string.Join(" ", warnings.Select(w => w.MessageEn)),
                string.Join(" ", warnings.Select(w => w.MessageFr)),
                value,
                null,
                null,
                warnings.Select(w => w.Suggestion).FirstOrDefault(s => s is not null));
            AddInner(index, name, value, combined, FieldRule.Normalised);
        }

        internal void Add(int index, ValidationIssue issue) => issues.Add(issue.WithLocation(Location(index)));

        /// <summary>Adds an issue about the row's field named <paramref name="name"/> (used by the migration).</summary>
        internal void AddFor(string name, ValidationIssue issue) => Add(Math.Max(0, IndexOf(name)), issue);

        private IssueLocation Location(int index) =>
            new(owner.source, row, columns[index] > 0 ? columns[index] : null, Schema.Fields[index].Name);

        private int IndexOf(string name) => Schema.ByName.TryGetValue(name, out var f) ? f.Index : -1;

        /// <summary>Writes the normalised value of a field into the v1 output row and records the change.</summary>
        private void Emit(int index, string raw, string canonical)
        {
            if (output is null)
            {
                return;
            }

            var target = owner.fieldIndexV1[index];
            if (target < 0 || Schema.Version == PlacesSchemaVersion.V0 && Schema.Fields[index].EnumValues is not null)
            {
                return; // v0 enumerations are written by the migration
            }

            output[target] = raw;
            if (Schema.Version == PlacesSchemaVersion.V0 && Lists[index] is { } list)
            {
                canonical = string.Join('|', list);
            }

            SetOutput(index, raw, canonical);
        }

        private void SetOutput(int index, string before, string after)
        {
            var target = owner.fieldIndexV1[index];
            if (output is null || target < 0)
            {
                return;
            }

            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                issues.Add(FixApplied.Issue(before, suggestion: after, location: Location(index), extra: [after]));
            }

            output[target] = after;
        }

        /// <summary>Sets a v1 output column from the migration, recording the change.</summary>
        internal void SetMigrated(string v1Name, string value, string fromField)
        {
            if (output is null || value.Length == 0)
            {
                return;
            }

            var target = PlacesSchema.V1.ByName[v1Name].Index;
            output[target] = value;
            issues.Add(FixApplied.Issue(fromField, suggestion: value, location: new IssueLocation(owner.source, row, null, v1Name), extra: [value]));
        }

        private static string Shorten(string value) => value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 77), "…");

        internal MediationPlace? BuildPlace()
        {
            string Get(string name) => IndexOf(name) is var i and >= 0 ? Canonical[i] : string.Empty;
            IReadOnlyList<string> List(string name) => IndexOf(name) is var i and >= 0 ? Lists[i] ?? [] : [];
            string? Opt(string name) => Get(name) is { Length: > 0 } v ? v : null;

            if (date is not { } updated || postal is not { } postalCode || Get("id").Length == 0 || Get("nom").Length == 0 || Get("adresse").Length == 0 || Get("commune").Length == 0)
            {
                return null;
            }

            var address = new PlaceAddress(Get("adresse"), postalCode, Get("commune"), commune, Opt("complement_adresse"));
            var v1 = Schema.Version == PlacesSchemaVersion.V1;
            return new MediationPlace(Get("id"), Get("nom"), address, updated)
            {
                Pivot = pivot,
                Coordinates = Coordinates,
                Typologies = List("typologie").Where(t => t.Length > 0).ToArray(),
                Telephone = phone,
                Emails = v1 ? List("courriels") : List("courriel"),
                Websites = List("site_web"),
                OpeningHours = hours is not null && Coordinates is { } at ? hours.AtLocation(at.Latitude, at.Longitude) : hours,
                Summary = Opt("presentation_resume"),
                Description = Opt("presentation_detail"),
                Source = Opt("source"),
                ParentStructure = Opt("structure_parente"),
                Itinerance = ValidOnly("itinerance"),
                Services = ValidOnly("services"),
                Publics = ValidOnly("publics_specifiquement_adresses"),
                SpecificSupport = ValidOnly("prise_en_charge_specifique"),
                Fees = ValidOnly("frais_a_charge"),
                NationalProgrammes = ValidOnly("dispositif_programmes_nationaux"),
                TrainingLabels = ValidOnly("formations_labels"),
                OtherTrainingLabels = Opt(v1 ? "autres_formations_labels" : "labels_autres"),
                AccessModes = ValidOnly("modalites_acces"),
                SupportModes = ValidOnly("modalites_accompagnement"),
                AccessibilityUrl = Opt(v1 ? "fiche_acces_libre" : "accessibilite"),
                BookingUrl = Opt("prise_rdv"),
            };
        }

        /// <summary>Values of an enumeration field that are allowed values (unknown values are left out of the place).</summary>
        private string[] ValidOnly(string name)
        {
            if (Migrated is not null)
            {
                return Migrated.TryGetValue(name, out var migrated) ? migrated.ToArray() : [];
            }

            var i = IndexOf(name);
            if (i < 0 || Lists[i] is not { } values || owner.matchers[i] is not { } matcher)
            {
                return [];
            }

            return values.Where(v => matcher.IsExact(v)).ToArray();
        }
    }
}

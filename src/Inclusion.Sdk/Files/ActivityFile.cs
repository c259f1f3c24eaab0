using Inclusion.Sdk.Activities;
using System.Globalization;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;
using nietras.SeparatedValues;
using NodaTime;
using NodaTime.Text;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Reads a mediation-activity CSV file lazily, one accompaniment per row, reporting every bad row with its location.
/// </summary>
/// <remarks>
/// <para>Layout (header required, names case-insensitive, any order; comma-separated, RFC 4180 quoting; multi-valued
/// cells separated by <c>|</c>): required <c>activite_id,type,date,duree,type_lieu,thematiques</c>; optional
/// <c>code_insee,materiel,autonomie,structure_de_redirection,beneficiaire_id,genre,statut_social,annee_naissance,tranche_age,premier_accompagnement,anonymes</c>.
/// Values are the national API values (<c>individuel</c>, <c>a_distance</c>, <c>aide_aux_demarches_administratives</c>…).</para>
/// <para>The rows of one activity are consecutive and share <c>activite_id</c>; activity fields are read from its first
/// row. Each row adds one beneficiary — followed when <c>beneficiaire_id</c> is set, anonymous otherwise — or, when
/// <c>anonymes</c> is a count N, N anonymous participants with the row's genre, status and age bracket (a compact form
/// for workshops). An activity with an error is skipped and reported; other activities are kept. Memory does not grow
/// with the file.</para>
/// </remarks>
public static class ActivityFile
{
    private static readonly string[] Required = ["activite_id", "type", "date", "duree", "type_lieu", "thematiques"];
    private static readonly char[] ListSeparators = ['|', ';'];

    /// <summary>Reads the activities of a CSV table or a JSON array (chosen by content), lazily; issues go to
    /// <paramref name="issues"/> as the sequence is enumerated.</summary>
    /// <remarks>
    /// <para><b>CSV</b>: the layout of the type remarks. A missing required column is <c>file.header.missing</c> (no
    /// activity is read).</para>
    /// <para><b>JSON</b>: each object is one activity, in the shape of the national activity API (La Coop de la médiation
    /// numérique, <c>GET /v1/activites</c>, schema <c>Activite</c>): <c>{"type": "activite", "id": …, "attributes":
    /// {"type", "date", "duree", "type_lieu", "lieu_code_insee", "thematiques": [], "materiel": [], "autonomie",
    /// "structure_de_redirection", "accompagnements", "suppression", …}}</c>; the members may also be given flat, without
    /// <c>attributes</c>. Values are the API values. <c>code_insee</c>, when present, is the activity's territorial
    /// attribution and wins over <c>lieu_code_insee</c>. Beneficiaries are not in the national API: an optional
    /// <c>beneficiaires</c> array (next to the other attributes) holds objects with the CSV columns <c>id</c>,
    /// <c>genre</c>, <c>statut_social</c>, <c>annee_naissance</c>, <c>tranche_age</c>, <c>premier_accompagnement</c>,
    /// <c>anonymes</c>; without it, the activity has <c>accompagnements</c> anonymous beneficiaries ("non communiqué").
    /// An activity with a non-null <c>suppression</c> (deleted in the national tool) is left out without an issue.
    /// Other API members (<c>mediateur_id</c>, <c>structure_id</c>, <c>tags</c>…) are ignored. Issues are located at
    /// row = 1-based index of the object + 1 (as if a header were row 1) and field = the JSON member path
    /// (<c>attributes.duree</c>, <c>attributes.beneficiaires[2].genre</c>).</para>
    /// <para>File-level problems are <c>file.*</c> issues (empty, binary, not UTF-8, unclosed quote, malformed JSON,
    /// duplicate column or key…); the activities read before a fault are kept. The input is read once, so a pipe works.</para>
    /// </remarks>
    /// <param name="input">The bytes of the file (UTF-8 expected); not closed.</param>
    /// <param name="issues">Receives every issue.</param>
    /// <param name="options">The source name for issue locations; <see langword="null"/> for the defaults.</param>
    /// <returns>The valid activities, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="issues"/> is null.</exception>
    public static IEnumerable<MediationActivity> Read(Stream input, IIssueSink issues, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(input);
        Preconditions.CheckNotNull(issues);
        return ReadIterator(input, (options ?? ReadOptions.Default).Source, issues);
    }

    /// <summary>Reads the activities of the file at <paramref name="path"/>, lazily (see
    /// <see cref="Read(Stream, IIssueSink, ReadOptions?)"/>); the file is opened when the sequence is enumerated and
    /// closed at its end.</summary>
    /// <param name="path">The path of the file; its file name is the source of issue locations unless
    /// <paramref name="options"/> sets one.</param>
    /// <param name="issues">Receives every issue.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>The valid activities, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="issues"/> is null.</exception>
    /// <exception cref="IOException">When enumerated: the file cannot be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">When enumerated: the file cannot be opened for reading.</exception>
    public static IEnumerable<MediationActivity> Read(string path, IIssueSink issues, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckNotNull(issues);
        return ReadFile(path, issues, ReadOptions.ForPath(options, path));
    }

    private static IEnumerable<MediationActivity> ReadFile(string path, IIssueSink issues, ReadOptions options)
    {
        using var stream = File.OpenRead(path);
        foreach (var activity in ReadIterator(stream, options.Source, issues))
        {
            yield return activity;
        }
    }

    private static IEnumerable<MediationActivity> ReadJsonIterator(TextReader text, string? source, IIssueSink report)
    {
        var columns = Columns.Json;
        var paths = new string[17];
        foreach (var row in JsonArrayRows.Read(text, source, report, flatten: true))
        {
            var prefix = row.Has("attributes") ? "attributes." : string.Empty;
            if (row.Get(prefix + "suppression").Length > 0)
            {
                continue;
            }

            Array.Fill(paths, "\0");
            paths[columns.Id] = row.Has("id") ? "id" : "activite_id";
            paths[columns.Type] = prefix + "type";
            paths[columns.Date] = prefix + "date";
            paths[columns.Duration] = prefix + "duree";
            paths[columns.PlaceType] = prefix + "type_lieu";
            paths[columns.Thematiques] = prefix + "thematiques";
            paths[columns.Commune] = prefix + (row.Has(prefix + "code_insee") ? "code_insee" : "lieu_code_insee");
            paths[columns.Equipment] = prefix + "materiel";
            paths[columns.Autonomy] = prefix + "autonomie";
            paths[columns.Redirection] = prefix + "structure_de_redirection";
            var cells = new JsonCells(row, paths, source);
            var pending = Pending.Start(cells, row.Row, columns, source, report);
            var list = prefix + "beneficiaires";
            if (row.Has(list + "#count"))
            {
                var count = int.Parse(row.Get(list + "#count"), CultureInfo.InvariantCulture);
                for (var i = 0; i < count; i++)
                {
                    var item = list + "[" + i.ToString(CultureInfo.InvariantCulture) + "].";
                    paths[columns.Beneficiary] = item + "id";
                    paths[columns.Genre] = item + "genre";
                    paths[columns.Status] = item + "statut_social";
                    paths[columns.BirthYear] = item + "annee_naissance";
                    paths[columns.AgeBracket] = item + "tranche_age";
                    paths[columns.First] = item + "premier_accompagnement";
                    paths[columns.Anonymous] = item + "anonymes";
                    pending.AddBeneficiaries(cells, row.Row, columns, source, report);
                }
            }
            else if (row.Has(list) && row.Get(list).Length > 0)
            {
                report.Add(ActivityRules.Count.Issue(row.Get(list), location: new IssueLocation(source, row.Row, null, list)));
                pending.Fail();
            }
            else
            {
                paths[columns.Anonymous] = prefix + "accompagnements";
                pending.AddBeneficiaries(cells, row.Row, columns, source, report);
            }

            if (pending.Build(source, report) is { } activity)
            {
                yield return activity;
            }
        }
    }

    private static IEnumerable<MediationActivity> ReadIterator(Stream input, string? source, IIssueSink report)
    {
        Columns? columns = null;
        Pending? pending = null;
        var rows = CsvHeader.Rows<MediationActivity>(
            input,
            source,
            report,
            header => (columns = Columns.From(header, source, report)) is not null,
            (row, rowNumber) =>
            {
                MediationActivity? done = null;
                var id = CsvHeader.Cell(row, columns!.Id);
                if (pending is null || !string.Equals(pending.Id, id, StringComparison.Ordinal))
                {
                    done = pending?.Build(source, report);
                    pending = Pending.Start(new CsvCells(row, rowNumber, source), rowNumber, columns, source, report);
                }

                pending.AddBeneficiaries(new CsvCells(row, rowNumber, source), rowNumber, columns, source, report);
                return done;
            },
            text => ReadJsonIterator(text, source, report));
        foreach (var activity in rows)
        {
            yield return activity;
        }

        // The last activity of a CSV table (the JSON reader leaves nothing pending).
        if (pending?.Build(source, report) is { } last)
        {
            yield return last;
        }
    }

    /// <summary>The cells of one CSV row or one JSON object, by column, and the location of a column's issue.</summary>
    internal interface IRowCells
    {
        string Cell(int column);

        IssueLocation At(int column, string field);
    }

    private readonly ref struct CsvCells(SepReader.Row row, long rowNumber, string? source) : IRowCells
    {
        private readonly SepReader.Row row = row;

        public string Cell(int column) => CsvHeader.Cell(row, column);

        public IssueLocation At(int column, string field) => new(source, rowNumber, column + 1, field);
    }

    private static bool TryEnum<T>((string Api, string Label)[] table, string text, T r, int column, string field, RuleDefinition rule,
        IIssueSink report, out int value)
        where T : IRowCells, allows ref struct
    {
        value = Vocab.Find(table, text);
        if (value >= 0)
        {
            return true;
        }

        report.Add(rule.Issue(text, suggestion: ClosestMatch.Find(text, Vocab.Allowed(table)), allowedValues: Vocab.Allowed(table),
            location: r.At(column, field)));
        return false;
    }

    private static bool TryOptionalEnum<T>((string Api, string Label)[] table, T r, int column, string field, RuleDefinition rule,
        IIssueSink report, out int? value)
        where T : IRowCells, allows ref struct
    {
        value = null;
        var text = r.Cell(column);
        if (text.Length == 0)
        {
            return true;
        }

        if (TryEnum(table, text, r, column, field, rule, report, out var v))
        {
            value = v;
            return true;
        }

        return false;
    }

    private readonly struct JsonCells(JsonObjectRow row, string[] paths, string? source) : IRowCells
    {
        public string Cell(int column) => row.Get(paths[column]);

        public IssueLocation At(int column, string field) => new(source, row.Row, null, paths[column]);
    }

    private sealed class Columns
    {
        /// <summary>The fixed column numbers of the JSON reader (indices into its member paths).</summary>
        internal static readonly Columns Json = new()
        {
            Id = 0, Type = 1, Date = 2, Duration = 3, PlaceType = 4, Thematiques = 5, Commune = 6, Equipment = 7, Autonomy = 8,
            Redirection = 9, Beneficiary = 10, Genre = 11, Status = 12, BirthYear = 13, AgeBracket = 14, First = 15, Anonymous = 16,
        };

        internal int Id, Type, Date, Duration, PlaceType, Thematiques, Commune, Equipment, Autonomy, Redirection,
            Beneficiary, Genre, Status, BirthYear, AgeBracket, First, Anonymous;

        internal static Columns? From(CsvHeader header, string? source, IIssueSink report)
        {
            var required = header.Require(Required, source, report);
            if (required is null)
            {
                return null;
            }

            return new Columns
            {
                Id = required[0], Type = required[1], Date = required[2], Duration = required[3], PlaceType = required[4],
                Thematiques = required[5], Commune = header.IndexOf("code_insee"), Equipment = header.IndexOf("materiel"),
                Autonomy = header.IndexOf("autonomie"), Redirection = header.IndexOf("structure_de_redirection"),
                Beneficiary = header.IndexOf("beneficiaire_id"), Genre = header.IndexOf("genre"),
                Status = header.IndexOf("statut_social"), BirthYear = header.IndexOf("annee_naissance"),
                AgeBracket = header.IndexOf("tranche_age"), First = header.IndexOf("premier_accompagnement"),
                Anonymous = header.IndexOf("anonymes"),
            };
        }
    }

    private sealed class Pending
    {
        private readonly List<ActivityBeneficiary> beneficiaries = [];
        private bool failed;

        private Pending(string id, long row)
        {
            Id = id;
            Row = row;
        }

        internal string Id { get; }

        private long Row { get; }

        private ActivityType Type { get; set; }

        private LocalDate Date { get; set; }

        private int Duration { get; set; }

        private PlaceType PlaceType { get; set; }

        private CommuneCode? Commune { get; set; }

        private List<Thematique> Thematiques { get; } = [];

        private List<Equipment> Equipment { get; } = [];

        private Autonomy? Autonomy { get; set; }

        private Redirection? Redirection { get; set; }

        internal static Pending Start<T>(T r, long row, Columns c, string? source, IIssueSink report)
            where T : IRowCells, allows ref struct
        {
            var p = new Pending(r.Cell(c.Id), row);
            if (p.Id.Length == 0)
            {
                report.Add(ActivityRules.Id.Issue(string.Empty, location: r.At(c.Id, "activite_id")));
                p.failed = true;
            }

            p.failed |= !TryEnum(Vocab.ActivityTypes, r.Cell(c.Type), r, c.Type, "type", ActivityRules.Type, report, out var type);
            p.Type = (ActivityType)Math.Max(type, 0);
            var dateText = r.Cell(c.Date);
            var date = LocalDatePattern.Iso.Parse(dateText);
            if (date.Success)
            {
                p.Date = date.Value;
            }
            else
            {
                report.Add(ActivityRules.Date.Issue(dateText, location: r.At(c.Date, "date")));
                p.failed = true;
            }

            var durationText = r.Cell(c.Duration);
            if (int.TryParse(durationText, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes is >= 1 and <= 1439)
            {
                p.Duration = minutes;
            }
            else
            {
                report.Add(ActivityRules.Duration.Issue(durationText, location: r.At(c.Duration, "duree")));
                p.failed = true;
            }

            p.failed |= !TryEnum(Vocab.PlaceTypes, r.Cell(c.PlaceType), r, c.PlaceType, "type_lieu", ActivityRules.PlaceType, report, out var place);
            p.PlaceType = (PlaceType)Math.Max(place, 0);
            var communeText = r.Cell(c.Commune);
            if (communeText.Length > 0)
            {
                if (CommuneCode.TryParse(communeText, out var commune))
                {
                    p.Commune = commune;
                }
                else
                {
                    report.Add(ActivityRules.Commune.Issue(communeText, location: r.At(c.Commune, "code_insee")));
                    p.failed = true;
                }
            }

            foreach (var t in r.Cell(c.Thematiques).Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (TryEnum(Vocab.Thematiques, t, r, c.Thematiques, "thematiques", ActivityRules.Thematique, report, out var v))
                {
                    p.Thematiques.Add((Thematique)v);
                }
                else
                {
                    p.failed = true;
                }
            }

            foreach (var e in r.Cell(c.Equipment).Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (TryEnum(Vocab.Equipments, e, r, c.Equipment, "materiel", ActivityRules.Equipment, report, out var v))
                {
                    p.Equipment.Add((Equipment)v);
                }
                else
                {
                    p.failed = true;
                }
            }

            p.failed |= !TryOptionalEnum(Vocab.Autonomies, r, c.Autonomy, "autonomie", ActivityRules.Autonomy, report, out var autonomy);
            p.Autonomy = (Autonomy?)autonomy;
            p.failed |= !TryOptionalEnum(Vocab.Redirections, r, c.Redirection, "structure_de_redirection", ActivityRules.Redirection, report, out var redirection);
            p.Redirection = (Redirection?)redirection;
            return p;
        }

        internal void AddBeneficiaries<T>(T r, long row, Columns c, string? source, IIssueSink report)
            where T : IRowCells, allows ref struct
        {
            var ok = TryOptionalEnum(Vocab.Genres, r, c.Genre, "genre", ActivityRules.Genre, report, out var genre);
            ok &= TryOptionalEnum(Vocab.SocialStatuses, r, c.Status, "statut_social", ActivityRules.SocialStatus, report, out var status);
            ok &= TryOptionalEnum(Vocab.AgeBrackets, r, c.AgeBracket, "tranche_age", ActivityRules.AgeBracket, report, out var age);
            int? birthYear = null;
            var yearText = r.Cell(c.BirthYear);
            if (yearText.Length > 0)
            {
                if (int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && yearText.Length == 4)
                {
                    birthYear = y;
                }
                else
                {
                    report.Add(ActivityRules.BirthYear.Issue(yearText, location: r.At(c.BirthYear, "annee_naissance")));
                    ok = false;
                }
            }

            var first = false;
            var firstText = r.Cell(c.First);
            if (firstText.Length > 0)
            {
                switch (firstText.ToUpperInvariant())
                {
                    case "TRUE" or "OUI" or "1" or "YES": first = true; break;
                    case "FALSE" or "NON" or "0" or "NO": break;
                    default:
                        report.Add(ActivityRules.Flag.Issue(firstText, location: r.At(c.First, "premier_accompagnement")));
                        ok = false;
                        break;
                }
            }

            var count = 1;
            var anonymousText = r.Cell(c.Anonymous);
            var id = r.Cell(c.Beneficiary);
            if (anonymousText.Length > 0)
            {
                if (int.TryParse(anonymousText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 100_000)
                {
                    count = n;
                }
                else
                {
                    report.Add(ActivityRules.Count.Issue(anonymousText, location: r.At(c.Anonymous, "anonymes")));
                    ok = false;
                }
            }

            if (!ok)
            {
                failed = true;
                return;
            }

            var b = new ActivityBeneficiary(id.Length > 0 && anonymousText.Length == 0 ? id : null,
                (Genre)(genre ?? 0), (SocialStatus)(status ?? 0), birthYear, (AgeBracket)(age ?? 0), first);
            for (var i = 0; i < count; i++)
            {
                beneficiaries.Add(b);
            }
        }

        internal void Fail() => failed = true;

        internal MediationActivity? Build(string? source, IIssueSink report)
        {
            if (failed)
            {
                return null;
            }

            if (MediationActivity.Check(Type, Duration, Thematiques.Distinct().ToList(), beneficiaries, Autonomy, Redirection) is { } broken)
            {
                report.Add(broken.Rule.Issue(broken.Value, location: new IssueLocation(source, Row, null, null)));
                return null;
            }

            return new MediationActivity(Id, Type, Date, Duration, PlaceType, Commune, Thematiques, beneficiaries, Equipment, Autonomy, Redirection);
        }
    }
}

using System.Globalization;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;
using nietras.SeparatedValues;
using NodaTime;
using NodaTime.Text;

namespace Inclusion.Sdk.Activities;

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

    /// <summary>Reads the activities of <paramref name="text"/>, lazily; issues go to <paramref name="report"/> as the
    /// sequence is enumerated.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="source">The file name used in issue locations, or null.</param>
    /// <param name="report">Receives every issue.</param>
    /// <returns>The valid activities, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="report"/> is null.</exception>
    public static IEnumerable<MediationActivity> Read(TextReader text, string? source, ValidationReportBuilder report)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(report);
        return ReadIterator(text, source, report);
    }

    private static IEnumerable<MediationActivity> ReadIterator(TextReader text, string? source, ValidationReportBuilder report)
    {
        SepReader reader;
        try
        {
            reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
        }
        catch (Exception e) when (IsReadError(e))
        {
            report.Add(ActivityRules.Unreadable.Issue(e.Message, location: new IssueLocation(source, 1, null, null)));
            yield break;
        }

        using (reader)
        {
            Columns? columns = null;
            Pending? pending = null;
            long rowNumber = 0;
            var rows = reader.GetEnumerator();
            while (true)
            {
                MediationActivity? done = null;
                bool more;
                try
                {
                    more = rows.MoveNext();
                    if (more)
                    {
                        var row = rows.Current;
                        rowNumber = row.RowIndex + 1;
                        if (CsvHeader.IsBlank(row))
                        {
                            continue;
                        }

                        if (columns is null)
                        {
                            columns = Columns.From(CsvHeader.From(row), source, report);
                            if (columns is null)
                            {
                                yield break;
                            }

                            continue;
                        }

                        var id = CsvHeader.Cell(row, columns.Id);
                        if (pending is null || !string.Equals(pending.Id, id, StringComparison.Ordinal))
                        {
                            done = pending?.Build(source, report);
                            pending = Pending.Start(row, rowNumber, columns, source, report);
                        }

                        pending.AddBeneficiaries(row, rowNumber, columns, source, report);
                    }
                    else
                    {
                        done = pending?.Build(source, report);
                        pending = null;
                    }
                }
                catch (Exception e) when (IsReadError(e))
                {
                    report.Add(ActivityRules.Unreadable.Issue(e.Message, location: new IssueLocation(source, Math.Max(rowNumber, 1), null, null)));
                    more = false;
                    pending = null;
                }

                if (done is not null)
                {
                    yield return done;
                }

                if (!more)
                {
                    break;
                }
            }

            if (columns is null)
            {
                report.Add(ActivityRules.FileEmpty.Issue(null, location: new IssueLocation(source, null, null, null)));
            }
        }
    }

    private static bool IsReadError(Exception e) =>
        e is InvalidDataException or ArgumentException or NotSupportedException or FormatException or IndexOutOfRangeException;

    private static IssueLocation At(string? source, long row, int column, string field) => new(source, row, column + 1, field);

    private static bool TryEnum((string Api, string Label)[] table, string text, int column, string field, RuleDefinition rule,
        long row, string? source, ValidationReportBuilder report, out int value)
    {
        value = Vocab.Find(table, text);
        if (value >= 0)
        {
            return true;
        }

        report.Add(rule.Issue(text, suggestion: ClosestMatch.Find(text, Vocab.Allowed(table)), allowedValues: Vocab.Allowed(table),
            location: At(source, row, column, field)));
        return false;
    }

    private static bool TryOptionalEnum((string Api, string Label)[] table, SepReader.Row r, int column, string field, RuleDefinition rule,
        long row, string? source, ValidationReportBuilder report, out int? value)
    {
        value = null;
        var text = CsvHeader.Cell(r, column);
        if (text.Length == 0)
        {
            return true;
        }

        if (TryEnum(table, text, column, field, rule, row, source, report, out var v))
        {
            value = v;
            return true;
        }

        return false;
    }

    private sealed class Columns
    {
        internal int Id, Type, Date, Duration, PlaceType, Thematiques, Commune, Equipment, Autonomy, Redirection,
            Beneficiary, Genre, Status, BirthYear, AgeBracket, First, Anonymous;

        internal static Columns? From(CsvHeader header, string? source, ValidationReportBuilder report)
        {
            var required = header.Require(Required, ActivityRules.MissingColumn, source, report);
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

        internal static Pending Start(SepReader.Row r, long row, Columns c, string? source, ValidationReportBuilder report)
        {
            var p = new Pending(CsvHeader.Cell(r, c.Id), row);
            if (p.Id.Length == 0)
            {
                report.Add(ActivityRules.Id.Issue(string.Empty, location: At(source, row, c.Id, "activite_id")));
                p.failed = true;
            }

            p.failed |= !TryEnum(Vocab.ActivityTypes, CsvHeader.Cell(r, c.Type), c.Type, "type", ActivityRules.Type, row, source, report, out var type);
            p.Type = (ActivityType)Math.Max(type, 0);
            var dateText = CsvHeader.Cell(r, c.Date);
            var date = LocalDatePattern.Iso.Parse(dateText);
            if (date.Success)
            {
                p.Date = date.Value;
            }
            else
            {
                report.Add(ActivityRules.Date.Issue(dateText, location: At(source, row, c.Date, "date")));
                p.failed = true;
            }

            var durationText = CsvHeader.Cell(r, c.Duration);
            if (int.TryParse(durationText, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes is >= 1 and <= 1439)
            {
                p.Duration = minutes;
            }
            else
            {
                report.Add(ActivityRules.Duration.Issue(durationText, location: At(source, row, c.Duration, "duree")));
                p.failed = true;
            }

            p.failed |= !TryEnum(Vocab.PlaceTypes, CsvHeader.Cell(r, c.PlaceType), c.PlaceType, "type_lieu", ActivityRules.PlaceType, row, source, report, out var place);
            p.PlaceType = (PlaceType)Math.Max(place, 0);
            var communeText = CsvHeader.Cell(r, c.Commune);
            if (communeText.Length > 0)
            {
                if (CommuneCode.TryParse(communeText, out var commune))
                {
                    p.Commune = commune;
                }
                else
                {
                    report.Add(ActivityRules.Commune.Issue(communeText, location: At(source, row, c.Commune, "code_insee")));
                    p.failed = true;
                }
            }

            foreach (var t in CsvHeader.Cell(r, c.Thematiques).Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (TryEnum(Vocab.Thematiques, t, c.Thematiques, "thematiques", ActivityRules.Thematique, row, source, report, out var v))
                {
                    p.Thematiques.Add((Thematique)v);
                }
                else
                {
                    p.failed = true;
                }
            }

            foreach (var e in CsvHeader.Cell(r, c.Equipment).Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (TryEnum(Vocab.Equipments, e, c.Equipment, "materiel", ActivityRules.Equipment, row, source, report, out var v))
                {
                    p.Equipment.Add((Equipment)v);
                }
                else
                {
                    p.failed = true;
                }
            }

            p.failed |= !TryOptionalEnum(Vocab.Autonomies, r, c.Autonomy, "autonomie", ActivityRules.Autonomy, row, source, report, out var autonomy);
            p.Autonomy = (Autonomy?)autonomy;
            p.failed |= !TryOptionalEnum(Vocab.Redirections, r, c.Redirection, "structure_de_redirection", ActivityRules.Redirection, row, source, report, out var redirection);
            p.Redirection = (Redirection?)redirection;
            return p;
        }

        internal void AddBeneficiaries(SepReader.Row r, long row, Columns c, string? source, ValidationReportBuilder report)
        {
            var ok = TryOptionalEnum(Vocab.Genres, r, c.Genre, "genre", ActivityRules.Genre, row, source, report, out var genre);
            ok &= TryOptionalEnum(Vocab.SocialStatuses, r, c.Status, "statut_social", ActivityRules.SocialStatus, row, source, report, out var status);
            ok &= TryOptionalEnum(Vocab.AgeBrackets, r, c.AgeBracket, "tranche_age", ActivityRules.AgeBracket, row, source, report, out var age);
            int? birthYear = null;
            var yearText = CsvHeader.Cell(r, c.BirthYear);
            if (yearText.Length > 0)
            {
                if (int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && yearText.Length == 4)
                {
                    birthYear = y;
                }
                else
                {
                    report.Add(ActivityRules.BirthYear.Issue(yearText, location: At(source, row, c.BirthYear, "annee_naissance")));
                    ok = false;
                }
            }

            var first = false;
            var firstText = CsvHeader.Cell(r, c.First);
            if (firstText.Length > 0)
            {
                switch (firstText.ToUpperInvariant())
                {
                    case "TRUE" or "OUI" or "1" or "YES": first = true; break;
                    case "FALSE" or "NON" or "0" or "NO": break;
                    default:
                        report.Add(ActivityRules.Flag.Issue(firstText, location: At(source, row, c.First, "premier_accompagnement")));
                        ok = false;
                        break;
                }
            }

            var count = 1;
            var anonymousText = CsvHeader.Cell(r, c.Anonymous);
            var id = CsvHeader.Cell(r, c.Beneficiary);
            if (anonymousText.Length > 0)
            {
                if (int.TryParse(anonymousText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 100_000)
                {
                    count = n;
                }
                else
                {
                    report.Add(ActivityRules.Count.Issue(anonymousText, location: At(source, row, c.Anonymous, "anonymes")));
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

        internal MediationActivity? Build(string? source, ValidationReportBuilder report)
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

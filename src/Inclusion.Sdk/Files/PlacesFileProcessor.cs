using System.Globalization;
using Inclusion.Sdk.Places;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;
using nietras.SeparatedValues;
using static Inclusion.Sdk.Places.PlacesRules;

namespace Inclusion.Sdk.Files;

/// <summary>
/// The streaming pipeline behind <see cref="MediationPlaceFile"/>: input → header → rows → records, issues and fixed
/// rows. Pulled one row at a time (<see cref="Records"/>), so that a reader's caller sees the first places before the
/// whole input is read; counts are complete once the enumeration ends.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The row sink lives during one enumeration of Records, whose finally block disposes it.")]
internal sealed partial class PlacesFileProcessor
{
    /// <summary>Columns that only exist in v0.1.1; a header with more of them than v1-only columns is read as v0.1.1.</summary>
    private static readonly string[] V0Only = ["cle_ban", "courriel", "publics_accueillis", "conditions_acces", "labels_nationaux", "labels_autres", "accessibilite"];

    private static readonly string[] V1Only = ["courriels", "itinerance", "publics_specifiquement_adresses", "prise_en_charge_specifique", "frais_a_charge", "dispositif_programmes_nationaux", "formations_labels", "autres_formations_labels", "modalites_acces", "fiche_acces_libre"];

    private readonly PlacesValidationSettings settings;
    private readonly string? source;
    private readonly Counter report;
    private readonly TextWriter? fixOutput;
    private SepWriter? fixWriter;
    private RowSink? rowSink;
    private long expectedRows;

    internal PlacesFileProcessor(IIssueSink issues, ReadOptions? options, PlacesValidationSettings? settings, TextWriter? fixOutput)
    {
        Preconditions.CheckNotNull(issues);
        this.settings = settings ?? PlacesValidationSettings.Default;
        source = (options ?? ReadOptions.Default).Source;
        report = new Counter(issues);
        this.fixOutput = fixOutput;
    }

    internal long Rows { get; private set; }

    internal long RowsWithErrors { get; private set; }

    internal long Changes { get; private set; }

    internal PlacesSchemaVersion? Schema { get; private set; }

    internal bool Readable { get; private set; }

    /// <summary>The summary of what was read (complete once <see cref="Records"/> was enumerated to its end).</summary>
    internal PlacesFileSummary Summary() =>
        new(Readable ? Schema : null, Rows, RowsWithErrors, Readable, Changes, report.Errors, report.Warnings);

    /// <summary>Reads the whole input, for its summary (and its fixed output).</summary>
    internal PlacesFileSummary Run(Stream input, bool buildRecords = false)
    {
        foreach (var _ in Records(input, buildRecords))
        {
        }

        return Summary();
    }

    /// <summary>The records of the input, as they are read (none when <paramref name="buildRecords"/> is false).</summary>
    internal IEnumerable<PlaceRecord> Records(Stream input, bool buildRecords)
    {
        Preconditions.CheckNotNull(input);
        var opened = TextInput.Open(input, source, report);
        if (opened is null)
        {
            yield break;
        }

        using var reader = opened.Reader;
        expectedRows = opened.ExpectedLines;
        try
        {
            Readable = true;
            var records = opened.IsJson ? Json(opened, buildRecords) : Csv(opened, buildRecords);
            foreach (var record in records)
            {
                yield return record;
            }

            if (Schema is null)
            {
                Readable = false;
            }
        }
        finally
        {
            fixWriter?.Dispose();
            fixWriter = null;
            rowSink?.Dispose();
            rowSink = null;
        }
    }

    private IEnumerable<PlaceRecord> Csv(TextInput input, bool buildRecords)
    {
        if (input.Separator != ',')
        {
            var name = input.Separator == ';' ? "\";\"" : "tab";
            report.Add(FileRules.Separator.Issue(input.Separator.ToString(), location: new IssueLocation(source, 1), extra: [name]));
        }

        var readerIssues = new IssueRedirect(report);
        using var rows = CsvHeader.Rows(input, source, readerIssues).GetEnumerator();
        RowSink? sink = null;
        while (sink is null && rows.MoveNext())
        {
            var row = rows.Current;
            if (row.IsBlank)
            {
                continue;
            }

            var header = row.Cells;
            if (header.Length > 0)
            {
                header[0] = header[0].TrimStart('\uFEFF');
            }

            sink = StartHeader(header, buildRecords);
        }

        if (sink is null)
        {
            if (report.Errors == 0)
            {
                report.Add(FileRules.Empty.Issue(null, location: new IssueLocation(source)));
            }

            yield break;
        }

        // A file held in the first 64 KiB is checked here; a larger one is read on one thread and checked on two.
        var checkedRows = input.IsWhole || !settings.UseBackgroundThreads ? CheckHere(rows, sink) : CheckInParallel(rows, readerIssues, sink);
        foreach (var (row, issue) in checkedRows)
        {
            if (issue is not null)
            {
                report.Add(issue);
            }
            else if (sink.Accept(row!) is { } record)
            {
                yield return record;
            }
        }

        Schema = sink.Finish();
    }

    private IEnumerable<PlaceRecord> Json(TextInput input, bool buildRecords)
    {
        RowSink? sink = null;
        var unknownKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in ReadRows(input, issues => JsonArrayRows.Read(input.Reader, source, issues, flatten: false, arrayCounts: false)))
        {
            if (sink is null)
            {
                var detected = Detect(row, settings.Schema);
                sink = StartHeader(PlacesSchema.For(detected).Fields.Select(f => f.Name).ToArray(), buildRecords, detected);
            }

            var cells = sink.Checker.Cells;
            Array.Clear(cells);
            foreach (var key in row.Paths)
            {
                if (sink.Schema.ByName.TryGetValue(key, out var field))
                {
                    cells[field.Index] = row.Get(key);
                }
                else if (unknownKeys.Add(key))
                {
                    report.Add(FileRules.HeaderExtra.Issue(key, location: new IssueLocation(source, row.Row, null, key)));
                }
            }

            if (sink.Accept(sink.Checker.Check(row.Row)) is { } record)
            {
                yield return record;
            }
        }

        if (sink is null)
        {
            if (report.Errors > 0)
            {
                yield break; // not a readable array: the reason is reported
            }

            var version = settings.Schema ?? PlacesSchemaVersion.V1;
            sink = StartHeader(PlacesSchema.For(version).Fields.Select(f => f.Name).ToArray(), buildRecords, version);
        }

        Schema = sink.Finish();
    }

    /// <summary>The rows of the input, read on a second thread unless the whole input is already in memory.</summary>
    private IEnumerable<T> ReadRows<T>(TextInput input, Func<IIssueSink, IEnumerable<T>> read) =>
        input.IsWhole || !settings.UseBackgroundThreads ? read(report) : ReadAhead.Run(read, report);

    private static PlacesSchemaVersion Detect(JsonObjectRow row, PlacesSchemaVersion? forced) =>
        forced ?? (row.Paths.Any(p => p is "publics_accueillis" or "conditions_acces" or "labels_nationaux" or "cle_ban" or "courriel") ? PlacesSchemaVersion.V0 : PlacesSchemaVersion.V1);

    /// <summary>Maps a header to the schema, reports header problems and prepares the row sink.</summary>
    private RowSink StartHeader(IReadOnlyList<string> header, bool buildRecords, PlacesSchemaVersion? detected = null)
    {
        var names = header.Select(h => h.Trim()).ToArray();
        var version = settings.Schema ?? detected ?? (names.Count(V0Only.Contains) > names.Count(V1Only.Contains) ? PlacesSchemaVersion.V0 : PlacesSchemaVersion.V1);
        var schema = PlacesSchema.For(version);
        if (version == PlacesSchemaVersion.V0)
        {
            report.Add(FileLegacySchema.Issue(null, location: new IssueLocation(source, 1)));
        }

        var fieldOfColumn = new int[names.Length];
        var columnOfField = new int[schema.Fields.Count];
        var unknown = new List<int>();
        for (var c = 0; c < names.Length; c++)
        {
            fieldOfColumn[c] = -1;
            var name = names[c];
            if (name.Length == 0)
            {
                report.Add(FileRules.HeaderBlank.Issue(null, location: new IssueLocation(source, 1, c + 1), extra: [c + 1]));
                continue;
            }

            if (!schema.ByName.TryGetValue(name, out var field))
            {
                unknown.Add(c);
                continue;
            }

            if (columnOfField[field.Index] > 0)
            {
                report.Add(FileRules.HeaderDuplicate.Issue(name, location: new IssueLocation(source, 1, c + 1, name)));
                continue;
            }

            columnOfField[field.Index] = c + 1;
            fieldOfColumn[c] = field.Index;
        }

        var missing = schema.Fields.Where(f => columnOfField[f.Index] == 0).Select(f => f.Name).ToList();
        if (detected is not null)
        {
            return Sink(schema, names.Length, fieldOfColumn, columnOfField, buildRecords); // JSON: keys are matched per object
        }

        foreach (var c in unknown)
        {
            var name = names[c];
            var guess = ClosestMatch.Find(name, missing) ?? missing.FirstOrDefault(m => PlaceEnumMatcher.Fold(m) == PlaceEnumMatcher.Fold(name.Replace(' ', '_')));
            if (guess is not null)
            {
                report.Add(FileRules.HeaderMisspelt.Issue(name, suggestion: guess, location: new IssueLocation(source, 1, c + 1, name), extra: [guess]));
                var field = schema.ByName[guess];
                columnOfField[field.Index] = c + 1;
                fieldOfColumn[c] = field.Index;
                missing.Remove(guess);
            }
            else
            {
                report.Add(FileRules.HeaderExtra.Issue(name, location: new IssueLocation(source, 1, c + 1, name)));
            }
        }

        foreach (var name in missing)
        {
            report.Add(FileRules.HeaderMissing.Issue(name, location: new IssueLocation(source, 1, null, name)));
        }

        // Order: the present schema columns must appear in schema order; report the first one out of place.
        var previous = 0;
        foreach (var field in schema.Fields)
        {
            var column = columnOfField[field.Index];
            if (column == 0)
            {
                continue;
            }

            if (column < previous)
            {
                report.Add(FileRules.HeaderOrder.Issue(field.Name, location: new IssueLocation(source, 1, column, field.Name), extra: [column, field.Index + 1]));
                break; // one misplaced column shifts the others: report the first
            }

            previous = column;
        }

        return Sink(schema, names.Length, fieldOfColumn, columnOfField, buildRecords);
    }

    private RowSink Sink(PlacesSchema schema, int headerLength, int[] fieldOfColumn, int[] columnOfField, bool buildRecords)
    {
        if (fixOutput is not null)
        {
            // The fixed file is data, not a report: written as it is (no formula neutralisation), RFC 4180 with CRLF.
            fixWriter = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture })
                .To(new CrlfTextWriter(fixOutput), leaveOpen: true);
            fixWriter.Header.Add(PlacesSchema.V1.Fields.Select(f => f.Name).ToArray());
            fixWriter.Header.Write();
        }

        return rowSink = new RowSink(this, schema, headerLength, fieldOfColumn, columnOfField, buildRecords);
    }

    /// <summary>Counts the issues given to the caller's sink by severity.</summary>
    private sealed class Counter(IIssueSink inner) : IIssueSink
    {
        internal long Errors { get; private set; }

        internal long Warnings { get; private set; }

        public void Add(ValidationIssue issue)
        {
            if (issue.Severity == Severity.Error)
            {
                Errors++;
            }
            else if (issue.Severity == Severity.Warning)
            {
                Warnings++;
            }

            inner.Add(issue);
        }
    }

    /// <summary>A data row once checked, waiting to be counted and reported in file order.</summary>
    private sealed record CheckedRow(long Number, bool Blank, List<ValidationIssue> Issues, MediationPlace? Place, string[]? Output, string Id, int IdIssueAt);

    /// <summary>Checks rows against the schema: one per thread (its validator keeps per-file caches that are not shared).</summary>
    private sealed class RowChecker(RowSink sink)
    {
        private readonly PlaceRowValidator validator = new(sink.Schema, sink.Owner.settings, sink.Owner.source, sink.Owner.fixOutput is not null);

        /// <summary>The cells of the row being checked, in schema order (filled by <see cref="Check(CsvHeader.CsvRow)"/>, or by the JSON reader).</summary>
        internal string?[] Cells { get; } = new string?[sink.Schema.Fields.Count];

        /// <summary>Maps a CSV row's cells to the schema's fields (a ragged row is reported) and checks them.</summary>
        internal CheckedRow Check(CsvHeader.CsvRow row)
        {
            if (row.IsBlank)
            {
                return new CheckedRow(row.Number, true, [], null, null, string.Empty, 0);
            }

            var issues = new List<ValidationIssue>();
            Array.Clear(Cells);
            if (row.Cells.Length != sink.HeaderLength)
            {
                issues.Add(FileRules.RowRagged.Issue(null, location: new IssueLocation(sink.Owner.source, row.Number), extra: [row.Cells.Length, sink.HeaderLength]));
            }

            var n = Math.Min(row.Cells.Length, sink.HeaderLength);
            for (var c = 0; c < n; c++)
            {
                var target = sink.FieldOfColumn[c];
                if (target >= 0)
                {
                    Cells[target] = row.Cells[c];
                }
            }

            for (var f = 0; f < Cells.Length; f++)
            {
                if (sink.ColumnOfField[f] > 0 && Cells[f] is null)
                {
                    Cells[f] = string.Empty;
                }
            }

            return Check(row.Number, issues);
        }

        /// <summary>Checks the row whose cells are in <see cref="Cells"/>.</summary>
        internal CheckedRow Check(long rowNumber, List<ValidationIssue>? issues = null)
        {
            issues ??= [];
            string[]? output = null;
            if (sink.Owner.fixOutput is not null)
            {
                output = new string[PlacesSchema.V1.Fields.Count];
                Array.Fill(output, string.Empty);
            }

            var place = validator.Validate(rowNumber, Cells, sink.ColumnOfField, issues, output, sink.BuildRecords, out var id, out var idIssueAt);
            return new CheckedRow(rowNumber, false, issues, place, output, id, idIssueAt);
        }
    }

    /// <summary>
    /// Receives the checked rows of the file in order: checks that ids are unique (here, in file order, whichever thread
    /// checked the rows), counts and reports the issues, writes the fixed rows and builds the records.
    /// </summary>
    private sealed class RowSink : IDisposable
    {
        private readonly PlaceIdRegister ids;
        private bool idsFull;

        internal RowSink(PlacesFileProcessor owner, PlacesSchema schema, int headerLength, int[] fieldOfColumn, int[] columnOfField, bool buildRecords)
        {
            Owner = owner;
            BuildRecords = buildRecords;
            Schema = schema;
            HeaderLength = headerLength;
            FieldOfColumn = fieldOfColumn;
            ColumnOfField = columnOfField;
            ids = new PlaceIdRegister(owner.expectedRows);
            Checker = new RowChecker(this);
        }

        internal PlacesFileProcessor Owner { get; }

        internal bool BuildRecords { get; }

        internal PlacesSchema Schema { get; }

        internal int HeaderLength { get; }

        internal int[] FieldOfColumn { get; }

        internal int[] ColumnOfField { get; }

        /// <summary>The checker of the caller's thread.</summary>
        internal RowChecker Checker { get; }

        /// <summary>Counts and reports a checked row; returns its record when records are built.</summary>
        internal PlaceRecord? Accept(CheckedRow row)
        {
            if (row.Blank)
            {
                Owner.report.Add(FileRules.RowBlank.Issue(null, location: new IssueLocation(Owner.source, row.Number)));
                return null;
            }

            var issues = row.Issues;
            if (row.Id.Length > 0 && !idsFull)
            {
                var field = Schema.ByName["id"].Index;
                var location = new IssueLocation(Owner.source, row.Number, ColumnOfField[field] > 0 ? ColumnOfField[field] : null, "id");
                if (ids.FirstRowOf(row.Id, row.Number) is { } first)
                {
                    issues.Insert(row.IdIssueAt, IdDuplicate.Issue(row.Id, location: location, extra: [first]));
                }
                else if (ids.Full)
                {
                    idsFull = true;
                    issues.Insert(row.IdIssueAt, IdUnchecked.Issue(row.Id, location: location));
                }
            }

            Owner.Rows++;
            var hasErrors = false;
            foreach (var issue in issues)
            {
                hasErrors |= issue.Severity == Severity.Error;
                Owner.report.Add(issue);
                if (issue.RuleCode == FixApplied.Code)
                {
                    Owner.Changes++;
                }
            }

            if (hasErrors)
            {
                Owner.RowsWithErrors++;
            }

            if (row.Output is { } output)
            {
                using var fixedRow = Owner.fixWriter!.NewRow();
                for (var i = 0; i < output.Length; i++)
                {
                    fixedRow[i].Set(output[i]);
                }
            }

            if (Owner.settings.Progress is { } progress && Owner.Rows % 10_000 == 0)
            {
                progress.Report(Owner.Rows);
            }

            return BuildRecords ? new PlaceRecord(row.Number, row.Place, issues.ToArray()) : null;
        }

        /// <summary>Closes (and deletes) the log of the ids seen.</summary>
        public void Dispose() => ids.Dispose();

        internal PlacesSchemaVersion Finish()
        {
            if (Owner.Rows == 0)
            {
                Owner.report.Add(FileRules.NoRows.Issue(null, location: new IssueLocation(Owner.source, 1)));
            }

            if (Schema.Version == PlacesSchemaVersion.V0 && Owner.fixOutput is not null)
            {
                foreach (var dropped in (string[])["cle_ban"])
                {
                    if (ColumnOfField[Schema.ByName[dropped].Index] > 0)
                    {
                        Owner.report.Add(MigrationDropped.Issue(dropped, location: new IssueLocation(Owner.source, 1, ColumnOfField[Schema.ByName[dropped].Index], dropped)));
                    }
                }
            }

            Owner.settings.Progress?.Report(Owner.Rows);
            return Schema.Version;
        }
    }
}

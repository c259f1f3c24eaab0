using Inclusion.Sdk.Files;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;
using nietras.SeparatedValues;
using static Inclusion.Sdk.Places.PlacesRules;

namespace Inclusion.Sdk.Places;

/// <summary>The streaming pipeline behind <see cref="MediationPlaceFile"/>: input → header → rows → issues, places and fixed rows.</summary>
internal sealed class PlacesFileProcessor
{
    /// <summary>Columns that only exist in v0.1.1; a header with more of them than v1-only columns is read as v0.1.1.</summary>
    private static readonly string[] V0Only = ["cle_ban", "courriel", "publics_accueillis", "conditions_acces", "labels_nationaux", "labels_autres", "accessibilite"];

    private static readonly string[] V1Only = ["courriels", "itinerance", "publics_specifiquement_adresses", "prise_en_charge_specifique", "frais_a_charge", "dispositif_programmes_nationaux", "formations_labels", "autres_formations_labels", "modalites_acces", "fiche_acces_libre"];

    private readonly PlacesValidationOptions options;
    private readonly ValidationReportBuilder builder;
    private readonly IIssueSink report;
    private readonly Action<PlaceRecord>? onRecord;
    private readonly TextWriter? fixOutput;
    private long rows;
    private long rowsWithErrors;
    private long changes;

    private PlacesFileProcessor(PlacesValidationOptions options, Action<PlaceRecord>? onRecord, TextWriter? fixOutput)
    {
        this.options = options;
        builder = new ValidationReportBuilder(options.MaxStoredIssuesPerRule);
        report = options.IssueSink is { } sink ? new Both(builder, sink) : builder;
        this.onRecord = onRecord;
        this.fixOutput = fixOutput;
    }

    internal static PlacesValidationResult Run(Stream input, PlacesValidationOptions? options, Action<PlaceRecord>? onRecord, TextWriter? fixOutput)
    {
        Preconditions.CheckNotNull(input);
        var processor = new PlacesFileProcessor(options ?? PlacesValidationOptions.Default, onRecord, fixOutput);
        return processor.Run(input);
    }

    private PlacesValidationResult Run(Stream input)
    {
        var opened = TextInput.Open(input, options.SourceName, report);
        if (opened is null)
        {
            return Result(null, readable: false);
        }

        using var reader = opened.Reader;
        PlacesSchemaVersion? schema;
        try
        {
            schema = opened.IsJson ? PlacesJsonSource.Run(this, reader) : RunCsv(reader, opened);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException or FormatException or ArgumentException or System.Text.DecoderFallbackException or IOException)
        {
            report.Add(FileJson.Issue(e.Message, location: new IssueLocation(options.SourceName, rows + 1)));
            return Result(null, readable: false);
        }

        return Result(schema, readable: schema is not null);
    }

    private PlacesValidationResult Result(PlacesSchemaVersion? schema, bool readable) =>
        new(builder.Build(options.SourceName, options.Clock.GetCurrentInstant()), schema, rows, rowsWithErrors, readable, changes);

    private PlacesSchemaVersion? RunCsv(TextReader text, TextInput input)
    {
        var source = options.SourceName;
        if (input.Separator != ',')
        {
            var name = input.Separator == ';' ? "\";\"" : "tab";
            report.Add(FileSeparator.Issue(input.Separator.ToString(), location: new IssueLocation(source, 1), extra: [name]));
        }

        using var reader = Sep.New(input.Separator).Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true, DisableQuotesParsing = false }).From(text);
        RowSink? sink = null;
        string[] header = [];
        long rowNumber = 0;
        foreach (var row in reader)
        {
            rowNumber++;
            if (sink is null)
            {
                header = new string[row.ColCount];
                for (var c = 0; c < header.Length; c++)
                {
                    header[c] = row[c].ToString();
                }

                if (header.Length > 0)
                {
                    header[0] = header[0].TrimStart('\uFEFF');
                }

                sink = StartHeader(header);
                continue;
            }

            if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
            {
                report.Add(RowBlank.Issue(null, location: new IssueLocation(source, rowNumber)));
                continue;
            }

            var cells = sink.Cells;
            Array.Clear(cells);
            if (row.ColCount != header.Length)
            {
                sink.Issues.Add(RowRagged.Issue(null, location: new IssueLocation(source, rowNumber), extra: [row.ColCount, header.Length]));
            }

            var n = Math.Min(row.ColCount, header.Length);
            for (var c = 0; c < n; c++)
            {
                var target = sink.FieldOfColumn[c];
                if (target >= 0)
                {
                    var value = row[c].ToString();
                    if (input.IsUtf8 && value.Contains('\uFFFD'))
                    {
                        sink.Issues.Add(FileEncoding.Issue("U+FFFD", location: new IssueLocation(source, rowNumber, c + 1, header[c]), extra: ["(row " + rowNumber + ")", "Windows-1252 (Latin-1)"]));
                    }

                    cells[target] = value;
                }
            }

            for (var f = 0; f < cells.Length; f++)
            {
                if (sink.ColumnOfField[f] > 0 && cells[f] is null)
                {
                    cells[f] = string.Empty;
                }
            }

            sink.Process(rowNumber);
        }

        if (sink is null)
        {
            report.Add(FileEmpty.Issue(null, location: new IssueLocation(source)));
            return null;
        }

        return sink.Finish();
    }

    /// <summary>Maps a header to the schema, reports header problems and prepares the row sink.</summary>
    internal RowSink StartHeader(IReadOnlyList<string> header, PlacesSchemaVersion? detected = null)
    {
        var source = options.SourceName;
        var names = header.Select(h => h.Trim()).ToArray();
        var version = options.Schema ?? detected ?? (names.Count(V0Only.Contains) > names.Count(V1Only.Contains) ? PlacesSchemaVersion.V0 : PlacesSchemaVersion.V1);
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
                report.Add(HeaderBlank.Issue(null, location: new IssueLocation(source, 1, c + 1), extra: [c + 1]));
                continue;
            }

            if (!schema.ByName.TryGetValue(name, out var field))
            {
                unknown.Add(c);
                continue;
            }

            if (columnOfField[field.Index] > 0)
            {
                report.Add(HeaderDuplicate.Issue(name, location: new IssueLocation(source, 1, c + 1, name)));
                continue;
            }

            columnOfField[field.Index] = c + 1;
            fieldOfColumn[c] = field.Index;
        }

        var missing = schema.Fields.Where(f => columnOfField[f.Index] == 0).Select(f => f.Name).ToList();
        if (detected is not null)
        {
            return Sink(schema, fieldOfColumn, columnOfField); // JSON: keys are matched per object
        }

        foreach (var c in unknown)
        {
            var name = names[c];
            var guess = ClosestMatch.Find(name, missing) ?? missing.FirstOrDefault(m => PlaceEnumMatcher.Fold(m) == PlaceEnumMatcher.Fold(name.Replace(' ', '_')));
            if (guess is not null)
            {
                report.Add(HeaderMisspelt.Issue(name, suggestion: guess, location: new IssueLocation(source, 1, c + 1, name), extra: [guess]));
                var field = schema.ByName[guess];
                columnOfField[field.Index] = c + 1;
                fieldOfColumn[c] = field.Index;
                missing.Remove(guess);
            }
            else
            {
                report.Add(HeaderExtra.Issue(name, location: new IssueLocation(source, 1, c + 1, name)));
            }
        }

        foreach (var name in missing)
        {
            report.Add(HeaderMissing.Issue(name, location: new IssueLocation(source, 1, null, name)));
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
                report.Add(HeaderOrder.Issue(field.Name, location: new IssueLocation(source, 1, column, field.Name), extra: [column, field.Index + 1]));
                break; // one misplaced column shifts the others: report the first
            }

            previous = column;
        }

        return Sink(schema, fieldOfColumn, columnOfField);
    }

    private RowSink Sink(PlacesSchema schema, int[] fieldOfColumn, int[] columnOfField)
    {
        if (fixOutput is not null)
        {
            PlacesCsvWriter.WriteRow(fixOutput, PlacesSchema.V1.Fields.Select(f => f.Name).ToArray());
        }

        return new RowSink(this, schema, fieldOfColumn, columnOfField);
    }

    /// <summary>Reports a problem of the file, located.</summary>
    internal void Report(ValidationIssue issue) => report.Add(issue);

    internal PlacesValidationOptions Options => options;

    /// <summary>Gives every issue to the report being built and to the caller's sink.</summary>
    private sealed class Both(ValidationReportBuilder builder, IIssueSink sink) : IIssueSink
    {
        public void Add(ValidationIssue issue)
        {
            builder.Add(issue);
            sink.Add(issue);
        }
    }

    /// <summary>Receives the cells of each data row (in schema order) and validates them.</summary>
    internal sealed class RowSink
    {
        private readonly PlacesFileProcessor owner;
        private readonly PlaceRowValidator validator;
        private readonly string[]? output;

        internal RowSink(PlacesFileProcessor owner, PlacesSchema schema, int[] fieldOfColumn, int[] columnOfField)
        {
            this.owner = owner;
            Schema = schema;
            FieldOfColumn = fieldOfColumn;
            ColumnOfField = columnOfField;
            Cells = new string?[schema.Fields.Count];
            validator = new PlaceRowValidator(schema, owner.options, owner.fixOutput is not null);
            output = owner.fixOutput is null ? null : new string[PlacesSchema.V1.Fields.Count];
        }

        internal PlacesSchema Schema { get; }

        internal int[] FieldOfColumn { get; }

        internal int[] ColumnOfField { get; }

        internal string?[] Cells { get; }

        internal List<ValidationIssue> Issues { get; } = [];

        internal void Process(long rowNumber)
        {
            if (output is not null)
            {
                Array.Fill(output, string.Empty);
            }

            var record = validator.Validate(rowNumber, Cells, ColumnOfField, Issues, output, owner.onRecord is not null);
            owner.rows++;
            var hasErrors = false;
            foreach (var issue in Issues)
            {
                hasErrors |= issue.Severity == Severity.Error;
                owner.report.Add(issue);
                if (issue.RuleCode == FixApplied.Code)
                {
                    owner.changes++;
                }
            }

            if (hasErrors)
            {
                owner.rowsWithErrors++;
            }

            Issues.Clear();
            if (record is not null)
            {
                owner.onRecord!.Invoke(record);
            }

            if (output is not null)
            {
                PlacesCsvWriter.WriteRow(owner.fixOutput!, output);
            }

            if (owner.options.Progress is { } progress && owner.rows % 10_000 == 0)
            {
                progress.Report(owner.rows);
            }
        }

        internal PlacesSchemaVersion Finish()
        {
            if (owner.rows == 0)
            {
                owner.report.Add(FileNoRows.Issue(null, location: new IssueLocation(owner.options.SourceName, 1)));
            }

            if (Schema.Version == PlacesSchemaVersion.V0 && owner.fixOutput is not null)
            {
                foreach (var dropped in (string[])["cle_ban"])
                {
                    if (ColumnOfField[Schema.ByName[dropped].Index] > 0)
                    {
                        owner.report.Add(MigrationDropped.Issue(dropped, location: new IssueLocation(owner.options.SourceName, 1, ColumnOfField[Schema.ByName[dropped].Index], dropped)));
                    }
                }
            }

            owner.options.Progress?.Report(owner.rows);
            return Schema.Version;
        }
    }
}

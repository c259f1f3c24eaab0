using System.Collections;
using System.Reflection;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Tests.Files;

/// <summary>
/// The one contract of the boundary, asserted on every reader of <see cref="Inclusion.Sdk.Files"/>, found by reflection:
/// a whole document is <c>Load(Stream, ReadOptions?)</c> returning <see cref="LoadResult{T}"/>, a table is
/// <c>Read(Stream, IIssueSink, ReadOptions?)</c> returning <c>IEnumerable&lt;T&gt;</c>. Whatever the bytes, a reader
/// never throws, every issue is located in the named source, a non-empty input that yields nothing says why, the input
/// is read once and forward only, and a streamed table yields its first rows before reading the whole input.
/// </summary>
public class ReaderContractTests
{
    private const string SourceName = "contract-input";

    /// <summary>Valid samples of each reader (repository paths), by reader class name.</summary>
    private static readonly Dictionary<string, string[]> Samples = new(StringComparer.Ordinal)
    {
        ["ActivityFile"] = ["docs/samples/diagnostic/activities.csv", "docs/samples/diagnostic/activities.json"],
        ["IndicatorTableFile"] = ["docs/samples/diagnostic/indicators-iris.csv", "docs/samples/diagnostic/indicators-iris.json"],
        ["IfnExportFile"] = ["docs/samples/diagnostic/ifn-export.csv"],
        ["CommuneTableFile"] = ["docs/samples/diagnostic/communes.csv", "docs/samples/diagnostic/communes.json"],
        ["CommuneGeographyFile"] = ["docs/samples/diagnostic/communes.csv", "docs/samples/diagnostic/communes.json"],
        ["TerritoryRegistryFile"] = ["tests/Inclusion.Sdk.Tests/data/peers/coop-mediation-numerique/communes.csv"],
        ["SkillsAssessmentFile"] = ["docs/samples/skills/assessments-synthetic.csv"],
        ["SurveyFile"] = ["docs/samples/skills/survey-synthetic.csv"],
        ["PlanFile"] = ["docs/samples/strategy/plan.json"],
        ["MeasurementFile"] = ["docs/samples/strategy/measurements.csv"],
        ["VoucherProgrammeFile"] = ["docs/samples/vouchers/programme.json"],
        ["VoucherEventFile"] = ["docs/samples/vouchers/events.jsonl"],
        ["LegacyCraFile"] = ["docs/samples/diagnostic/legacy-v1.csv"],
        ["BaselineProfileFile"] = ["src/Inclusion.Sdk/Resources/skills/savoirs-de-base.csv"],
        ["DsiActivityCatalogueFile"] = ["src/Inclusion.Sdk/Resources/surveys/dsi2-activities.csv"],
        ["MediationPlaceFile"] = ["docs/samples/lieux-valides.csv", "docs/samples/lieux-a-corriger.csv"],
    };

    /// <summary>Inputs that have broken readers before: encodings, JSON oddities, calendar bounds, numbers.</summary>
    private static readonly byte[][] Hostile =
    [
        [],
        "   \r\n\t"u8.ToArray(),
        [0xEF, 0xBB, 0xBF],
        [0xFF, 0xFE, (byte)'a', 0, (byte)',', 0, (byte)'b', 0],
        [0x00, 0x01, 0x02, 0x03, 0xFF],
        "[\"\\ud800\"]"u8.ToArray(),
        "[{\"a\":\"\\ud800\"}]"u8.ToArray(),
        "{\"a\":\"\\udfff\\ud800\"}"u8.ToArray(),
        "[{\"a\":1}][{\"a\":1}]"u8.ToArray(),
        "[{\"a\":1,\"a\":2}]"u8.ToArray(),
        "{\"a\":1} trailing"u8.ToArray(),
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["u8.ToArray(),
        "a,b,a\n1,2,3\n"u8.ToArray(),
        "a,b\n\"1,2\n3,4\n"u8.ToArray(),
        "date,value\n9999-12-31,NaN\n0001-01-01,Infinity\n"u8.ToArray(),
        "{\"date\":\"9999-12-31\",\"amount\":1e400,\"n\":-0}"u8.ToArray(),
        Encoding.Latin1.GetBytes("nom,commune\nCafé,Évry\n"),
        "\u0000\u0001\u0002,\u001b[31m\n"u8.ToArray(),
    ];

    public static TheoryData<string> ReaderNames()
    {
        var data = new TheoryData<string>();
        foreach (var reader in Readers())
        {
            data.Add(reader.Name);
        }

        return data;
    }

    [Fact]
    public void Every_reader_has_the_contract_shape_and_a_sample()
    {
        var readers = Readers().ToList();
        Assert.NotEmpty(readers);
        foreach (var reader in readers)
        {
            Assert.True(Samples.ContainsKey(reader.Type.Name), $"{reader.Type.Name} has no valid sample in ReaderContractTests.Samples");
        }

        // No public reader of the boundary takes text or a report builder: bytes in, one result shape out.
        var offenders = typeof(LoadResult<>).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(TextReader) || p.ParameterType == typeof(ValidationReportBuilder)))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}")
            .ToList();
        Assert.True(offenders.Count == 0, "public methods taking a TextReader or a ValidationReportBuilder:\n" + string.Join("\n", offenders));
    }

    [Theory]
    [MemberData(nameof(ReaderNames))]
    public void Valid_samples_read_without_error(string name)
    {
        var reader = Find(name);
        foreach (var sample in Samples[reader.Type.Name])
        {
            var outcome = reader.Run(File.ReadAllBytes(RepoFiles.RepoPath(sample)));
            Assert.True(outcome.Items > 0, $"{name} read nothing from {sample}");
            Assert.True(outcome.Issues.All(i => i.Severity != Severity.Error) || sample.Contains("a-corriger", StringComparison.Ordinal),
                $"{name} on {sample}:\n" + string.Join("\n", outcome.Issues.Take(5)));
        }
    }

    [Theory]
    [MemberData(nameof(ReaderNames))]
    public void Hostile_inputs_never_throw_and_every_issue_is_located(string name)
    {
        var reader = Find(name);
        foreach (var bytes in Hostile)
        {
            AssertContract(reader, bytes);
        }
    }

    [Theory]
    [MemberData(nameof(ReaderNames))]
    public void An_input_of_white_space_only_is_one_file_empty_error_whatever_the_white_space(string name)
    {
        // Found by the random event-log property: a lone form feed was read as zero lines without any issue.
        var reader = Find(name);
        foreach (var text in new[] { " ", "\r\n\t ", "\f", " \f\n", "\u00A0", "\u0085\u2028", "\u3000\n" })
        {
            var outcome = reader.Run(Encoding.UTF8.GetBytes(text));
            var issue = Assert.Single(outcome.Issues);
            Assert.Equal("file.empty", issue.RuleCode);
        }
    }

    [Property(MaxTest = 60)]
    public void Random_bytes_never_throw_and_every_issue_is_located(byte[] bytes)
    {
        foreach (var reader in Readers())
        {
            AssertContract(reader, bytes);
        }
    }

    [Property(MaxTest = 40)]
    public void Every_truncation_of_a_valid_sample_is_read_without_throwing(PositiveInt cut)
    {
        foreach (var reader in Readers())
        {
            foreach (var sample in Samples.GetValueOrDefault(reader.Type.Name) ?? [])
            {
                var bytes = File.ReadAllBytes(RepoFiles.RepoPath(sample));
                AssertContract(reader, bytes[..(cut.Get % bytes.Length)]);
            }
        }
    }

    [Property(MaxTest = 40)]
    public void A_byte_flipped_in_a_valid_sample_never_makes_a_reader_throw(PositiveInt position, byte value)
    {
        foreach (var reader in Readers())
        {
            foreach (var sample in Samples.GetValueOrDefault(reader.Type.Name) ?? [])
            {
                var bytes = File.ReadAllBytes(RepoFiles.RepoPath(sample));
                bytes[position.Get % bytes.Length] = value;
                AssertContract(reader, bytes);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ReaderNames))]
    public void A_streamed_table_yields_its_first_rows_before_reading_the_whole_input(string name)
    {
        var reader = Find(name);
        if (reader.Kind != ReaderKind.Table)
        {
            return; // documents are read whole by definition
        }

        var sample = File.ReadAllBytes(RepoFiles.RepoPath(Samples[reader.Type.Name][0]));
        using var endless = new RepeatingStream(sample, maxBytes: 512L * 1024 * 1024);
        var items = (IEnumerable)reader.Method.Invoke(null, [endless, new ValidationReportBuilder(), new ReadOptions { Source = SourceName }])!;
        var enumerator = items.GetEnumerator();
        Assert.True(enumerator.MoveNext(), $"{name} yields nothing");
        Assert.True(endless.BytesRead < 8L * 1024 * 1024, $"{name} read {endless.BytesRead:N0} bytes before its first row");
        (enumerator as IDisposable)?.Dispose();
    }

    private static void AssertContract(Reader reader, byte[] bytes)
    {
        Outcome outcome;
        try
        {
            outcome = reader.Run(bytes);
        }
        catch (Exception e)
        {
            Assert.Fail($"{reader.Name} threw on {Describe(bytes)}: {e}");
            return;
        }

        foreach (var issue in outcome.Issues)
        {
            Assert.True(issue.Location.Source == SourceName, $"{reader.Name}: issue not located in the source: {issue}");
        }

        if (bytes.AsSpan().Trim(" \t\r\n"u8).Length > 0 && outcome.Items == 0)
        {
            Assert.True(outcome.Issues.Count > 0, $"{reader.Name} read nothing from {Describe(bytes)} and said nothing");
        }
    }

    private static string Describe(byte[] bytes) =>
        $"{bytes.Length} bytes [{Convert.ToHexString(bytes.AsSpan(0, Math.Min(bytes.Length, 48)))}…]";

    private static Reader Find(string name) => Readers().Single(r => r.Name == name);

    private static IEnumerable<Reader> Readers()
    {
        foreach (var type in typeof(LoadResult<>).Assembly.GetExportedTypes().Where(t => t.Namespace == "Inclusion.Sdk.Files" && t.IsAbstract && t.IsSealed))
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var parameters = method.GetParameters().Select(p => p.ParameterType).ToArray();
                if (method.Name == "Load" && parameters.SequenceEqual([typeof(Stream), typeof(ReadOptions)])
                    && method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(LoadResult<>))
                {
                    yield return new Reader(type, method, ReaderKind.Document);
                }
                else if (method.Name == "Read" && parameters.SequenceEqual([typeof(Stream), typeof(IIssueSink), typeof(ReadOptions)])
                    && typeof(IEnumerable).IsAssignableFrom(method.ReturnType))
                {
                    yield return new Reader(type, method, ReaderKind.Table);
                }
            }
        }
    }

    private enum ReaderKind
    {
        Document,
        Table,
    }

    private sealed record Outcome(long Items, IReadOnlyList<ValidationIssue> Issues);

    private sealed record Reader(Type Type, MethodInfo Method, ReaderKind Kind)
    {
        public string Name => $"{Type.Name}.{Method.Name}";

        public Outcome Run(byte[] bytes)
        {
            using var input = new ForwardOnlyStream(bytes);
            var options = new ReadOptions { Source = SourceName };
            try
            {
                if (Kind == ReaderKind.Document)
                {
                    var result = Method.Invoke(null, [input, options])!;
                    var report = (ValidationReport)result.GetType().GetProperty("Report")!.GetValue(result)!;
                    var hasValue = (bool)result.GetType().GetProperty("HasValue")!.GetValue(result)!;
                    var value = result.GetType().GetProperty("Value")!.GetValue(result);
                    var count = !hasValue ? 0 : value is ICollection collection ? collection.Count : 1;
                    return new Outcome(count, report.Issues);
                }

                var sink = new ValidationReportBuilder();
                long items = 0;
                foreach (var _ in (IEnumerable)Method.Invoke(null, [input, sink, options])!)
                {
                    items++;
                }

                return new Outcome(items, sink.Build().Issues);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        }
    }

    /// <summary>A stream as a pipe gives it: forward only, no length, no seeking.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException("a pipe has no length");

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException("a pipe cannot seek"); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(buffer.Length, bytes.Length - position);
            bytes.AsSpan(position, n).CopyTo(buffer);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("a pipe cannot seek");

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>The sample, then its data rows again and again (the header once), up to a bound: a huge input made on the fly.</summary>
    private sealed class RepeatingStream : Stream
    {
        private readonly byte[] head;
        private readonly byte[] body;
        private readonly long maxBytes;
        private int offset;
        private bool inBody;

        internal RepeatingStream(byte[] sample, long maxBytes)
        {
            var firstLine = Array.IndexOf(sample, (byte)'\n') + 1;
            head = sample;
            body = firstLine > 0 && firstLine < sample.Length ? sample[firstLine..] : sample;
            this.maxBytes = maxBytes;
        }

        internal long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (BytesRead >= maxBytes || buffer.IsEmpty)
            {
                return 0;
            }

            var source = inBody ? body : head;
            var n = Math.Min(buffer.Length, source.Length - offset);
            source.AsSpan(offset, n).CopyTo(buffer);
            offset += n;
            if (offset == source.Length)
            {
                offset = 0;
                inBody = true;
            }

            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

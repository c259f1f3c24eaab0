using System.Diagnostics.CodeAnalysis;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Files;

/// <summary>
/// The outcome of reading a whole document (a plan, a programme, a table kept in memory): the value when one could be
/// built, and the located report of everything found on the way.
/// </summary>
/// <typeparam name="T">The type read.</typeparam>
/// <remarks>
/// <para>Every reader of the SDK that returns a whole document returns this type, and never throws for bad input: what
/// cannot be read is an issue of <see cref="Report"/> with a stable rule code and a location. A document may have a
/// value and errors at the same time (the valid rows of a table whose other rows were rejected); <see cref="IsValid"/>
/// says whether it has a value and no error.</para>
/// <para>Tables too large to hold in memory are read as a stream instead: <c>IEnumerable&lt;T&gt;</c> with an
/// <see cref="IIssueSink"/> (see <c>docs/architecture.md</c>).</para>
/// <para>This type is immutable and thread-safe when <typeparamref name="T"/> is.</para>
/// </remarks>
public sealed class LoadResult<T>
{
    private readonly T? value;

    internal LoadResult(T? value, bool hasValue, ValidationReport report)
    {
        this.value = value;
        HasValue = hasValue;
        Report = Preconditions.CheckNotNull(report);
    }

    /// <summary>True when a value was built (possibly with issues in <see cref="Report"/>).</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool HasValue { get; }

    /// <summary>The value, or <see langword="null"/> when none could be built.</summary>
    public T? Value => value;

    /// <summary>The located issues found while reading; empty when there were none.</summary>
    public ValidationReport Report { get; }

    /// <summary>True when a value was built and the report has no error (warnings allowed).</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => HasValue && Report.IsValid;

    /// <summary>Gets the value when one was built.</summary>
    /// <param name="result">The value, or the default value when none was built.</param>
    /// <returns><see langword="true"/> when a value was built.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T result)
    {
        result = value;
        return HasValue;
    }

    /// <summary>Formats the outcome: the number of errors and warnings, and whether a value was built.</summary>
    /// <returns>The formatted outcome.</returns>
    public override string ToString() => FormattableString.Invariant(
        $"{(HasValue ? "value" : "no value")}, {Report.ErrorCount} error(s), {Report.WarningCount} warning(s)");

    internal static LoadResult<T> Of(T value, ValidationReport report) => new(value, true, report);

    internal static LoadResult<T> None(ValidationReport report) => new(default, false, report);
}

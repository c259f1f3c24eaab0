using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Inclusion.Sdk.Utility;

/// <summary>Argument guards used by public constructors and factories (NodaTime's pattern).</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
    {
        if (argument is null)
        {
            ThrowArgumentNull(paramName);
        }

        return argument;
    }

    internal static string CheckNotBlank([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        if (argument is null)
        {
            ThrowArgumentNull(paramName);
        }

        if (string.IsNullOrWhiteSpace(argument))
        {
            ThrowArgument(paramName, "Value must not be empty or white space.");
        }

        return argument;
    }

    internal static void CheckArgument([DoesNotReturnIf(false)] bool condition, string? paramName, string message)
    {
        if (!condition)
        {
            ThrowArgument(paramName, message);
        }
    }

    internal static void CheckArgumentRange(string? paramName, long value, long minInclusive, long maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowArgumentOutOfRange(paramName, value, FormattableString.Invariant($"Value should be in range [{minInclusive}-{maxInclusive}]"));
        }
    }

    internal static void CheckArgumentRange(string? paramName, decimal value, decimal minInclusive, decimal maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowArgumentOutOfRange(paramName, value, FormattableString.Invariant($"Value should be in range [{minInclusive}-{maxInclusive}]"));
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowArgumentNull(string? paramName) => throw new ArgumentNullException(paramName);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowArgument(string? paramName, string message) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowArgumentOutOfRange(string? paramName, object value, string message) =>
        throw new ArgumentOutOfRangeException(paramName, value, message);
}

using System.Globalization;

namespace Inclusion.Sdk.Surveys;

/// <summary>
/// The one reading of an answer code of the survey files and activity catalogues: an integer in invariant digits
/// with an optional sign (<c>1</c>, <c>01</c>, <c>+1</c> and <c>001</c> are the code 1; <c>-0</c> is 0). Every code is
/// read here, once, and compared as a number afterwards, so every spelling the reader accepts counts like its
/// canonical form. Decimals (<c>1.0</c>), exponents, other digits (full-width), spaces inside and values outside the
/// 32-bit range are not codes.
/// </summary>
internal static class SurveyAnswer
{
    internal static bool TryParse(ReadOnlySpan<char> text, out int code) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out code);
}

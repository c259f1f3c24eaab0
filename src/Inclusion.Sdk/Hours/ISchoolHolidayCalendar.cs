using NodaTime;

namespace Inclusion.Sdk.Hours;

/// <summary>
/// A school-holiday calendar for the <c>SH</c> selector of <see cref="OpeningHours"/>. School holidays depend on the
/// academic zone (A, B, C, Corsica, overseas), so the caller supplies them.
/// </summary>
public interface ISchoolHolidayCalendar
{
    /// <summary>Tells whether a date falls within school holidays.</summary>
    /// <param name="localDate">The date.</param>
    /// <returns><see langword="true"/> during school holidays.</returns>
    bool IsSchoolHoliday(LocalDate localDate);
}

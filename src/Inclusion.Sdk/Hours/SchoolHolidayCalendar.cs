using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Hours;

/// <summary>A school-holiday calendar made of date intervals (both ends inclusive, as NodaTime's <see cref="DateInterval"/>).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SchoolHolidayCalendar : ISchoolHolidayCalendar
{
    private readonly DateInterval[] intervals;

    /// <summary>Creates a calendar from holiday periods.</summary>
    /// <param name="intervals">The holiday periods; ends are inclusive.</param>
    /// <exception cref="ArgumentNullException"><paramref name="intervals"/> or one of its items is <see langword="null"/>.</exception>
    public SchoolHolidayCalendar(IEnumerable<DateInterval> intervals)
    {
        Preconditions.CheckNotNull(intervals);
        this.intervals = intervals.Select(i => Preconditions.CheckNotNull(i, nameof(intervals))).OrderBy(i => i.Start).ToArray();
    }

    /// <summary>The holiday periods, by start date.</summary>
    public IReadOnlyList<DateInterval> Intervals => intervals;

    /// <inheritdoc />
    public bool IsSchoolHoliday(LocalDate localDate)
    {
        foreach (var interval in intervals)
        {
            if (interval.Start > localDate)
            {
                break;
            }

            if (interval.Contains(localDate))
            {
                return true;
            }
        }

        return false;
    }
}

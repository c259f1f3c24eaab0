using NodaTime;

namespace Inclusion.Sdk.Tests.Hours;

/// <summary>Builds instants from Paris wall-clock times.</summary>
internal static class Paris
{
    internal static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    internal static Instant At(int year, int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Zone).ToInstant();

    internal static string Local(Instant instant) => instant.InZone(Zone).ToString("yyyy-MM-dd HH:mm o<g>", null);
}

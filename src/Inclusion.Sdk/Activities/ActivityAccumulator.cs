using NodaTime;

namespace Inclusion.Sdk.Activities;

/// <summary>Streaming accumulator of the national activity statistics: fixed-size counters plus one entry per distinct
/// followed beneficiary and per month, so memory does not grow with the number of activities.</summary>
internal sealed class ActivityAccumulator(ActivityStatisticsOptions options)
{
    private readonly long[] types = new long[2];
    private readonly long[] typeWeights = new long[2];
    private readonly long[] durations = new long[4];
    private readonly long[] places = new long[4];
    private readonly long[] thematiques = new long[Vocab.Thematiques.Length];
    private readonly long[] equipment = new long[Vocab.Equipments.Length];
    private readonly long[] anonymousGenres = new long[Vocab.Genres.Length];
    private readonly long[] anonymousStatuses = new long[Vocab.SocialStatuses.Length];
    private readonly long[] anonymousAges = new long[Vocab.AgeBrackets.Length];
    private readonly Dictionary<string, Latest> followed = new(StringComparer.Ordinal);
    private readonly SortedDictionary<YearMonth, (long Activities, long Accompaniments)> months = [];
    private long accompaniments;
    private long anonymous;
    private long newOnes;
    private YearMonth lastMonth;
    private bool hasLastMonth;
    private long monthActivities;
    private long monthAccompaniments;

    internal void Add(MediationActivity activity)
    {
        var weight = activity.Participants;
        var type = (int)activity.Type;
        types[type]++;
        typeWeights[type] += weight;
        accompaniments += weight;
        durations[(int)activity.DurationBucket] += weight;
        places[(int)activity.PlaceType] += weight;
        foreach (var t in activity.ThematiqueArray)
        {
            thematiques[(int)t] += weight;
        }

        foreach (var e in activity.EquipmentArray)
        {
            equipment[(int)e] += weight;
        }

        foreach (var b in activity.BeneficiaryArray)
        {
            if (b.FirstAccompaniment)
            {
                newOnes++;
            }

            var age = b.AgeBracketIn(options.ReferenceYear);
            if (b.PseudonymousId is { } id)
            {
                var candidate = new Latest(activity.Date, (byte)b.Genre, (byte)b.SocialStatus, (byte)age);
                ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(followed, id, out var exists);
                if (!exists || candidate.IsAfter(slot))
                {
                    slot = candidate;
                }
            }
            else
            {
                anonymous++;
                anonymousGenres[(int)b.Genre]++;
                anonymousStatuses[(int)b.SocialStatus]++;
                anonymousAges[(int)age]++;
            }
        }

        // The current month is counted in fields and flushed on change: activity files are mostly in date order.
        var month = activity.Date.ToYearMonth();
        if (!hasLastMonth || month != lastMonth)
        {
            FlushMonth();
            lastMonth = month;
            hasLastMonth = true;
        }

        monthActivities++;
        monthAccompaniments += weight;
    }

    private void FlushMonth()
    {
        if (hasLastMonth && monthActivities > 0)
        {
            var point = months.GetValueOrDefault(lastMonth);
            months[lastMonth] = (point.Activities + monthActivities, point.Accompaniments + monthAccompaniments);
        }

        monthActivities = 0;
        monthAccompaniments = 0;
    }

    internal ActivityStatistics Build()
    {
        FlushMonth();
        hasLastMonth = false;
        var genres = (long[])anonymousGenres.Clone();
        var statuses = (long[])anonymousStatuses.Clone();
        var ages = (long[])anonymousAges.Clone();
        foreach (var b in followed.Values)
        {
            genres[b.Genre]++;
            statuses[b.Status]++;
            ages[b.Age]++;
        }

        var monthly = new List<MonthlyCount>(months.Count);
        foreach (var (month, point) in months)
        {
            monthly.Add(new MonthlyCount(month, point.Activities, point.Accompaniments));
        }

        var mediation = thematiques.AsSpan(0, Vocab.FirstAdministrative);
        var administrative = thematiques.AsSpan(Vocab.FirstAdministrative);
        return new ActivityStatistics(
            activities: types[0] + types[1],
            individual: types[0],
            collective: types[1],
            collectiveParticipants: typeWeights[1],
            accompaniments: accompaniments,
            followed: followed.Count,
            anonymous: anonymous,
            newBeneficiaries: options.HasPeriod ? newOnes : 0,
            activityTypes: CategoryCount.Distribution(Vocab.ActivityTypes, types),
            accompanimentTypes: CategoryCount.Distribution(Vocab.ActivityTypes, typeWeights),
            durations: CategoryCount.Distribution(Vocab.DurationBuckets, durations),
            placeTypes: CategoryCount.Distribution(Vocab.PlaceTypes, places),
            thematiques: CategoryCount.Distribution(Vocab.Thematiques, mediation),
            administrativeThematiques: CategoryCount.Distribution(Vocab.Thematiques, administrative, Vocab.FirstAdministrative),
            equipment: CategoryCount.Distribution(Vocab.Equipments, equipment),
            genres: CategoryCount.Distribution(Vocab.Genres, genres),
            socialStatuses: CategoryCount.Distribution(Vocab.SocialStatuses, statuses),
            ageBrackets: CategoryCount.Distribution(Vocab.AgeBrackets, ages),
            monthly: monthly);
    }

    /// <summary>A followed beneficiary's attributes as of their latest accompaniment; ties on the date keep the larger
    /// packed value, so the result does not depend on the order of the activities.</summary>
    private readonly record struct Latest(LocalDate Date, byte Genre, byte Status, byte Age)
    {
        internal bool IsAfter(Latest other)
        {
            var c = Date.CompareTo(other.Date);
            return c != 0 ? c > 0 : Pack() > other.Pack();
        }

        private int Pack() => (Genre << 16) | (Status << 8) | Age;
    }
}

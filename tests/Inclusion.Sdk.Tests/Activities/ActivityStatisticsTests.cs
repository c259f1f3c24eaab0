using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inclusion.Sdk.Activities;
using Inclusion.Sdk.Identifiers;
using NodaTime;

namespace Inclusion.Sdk.Tests.Activities;

public class ActivityStatisticsTests
{
    private static readonly ActivityStatisticsOptions Options2025 = new(2025);

    internal static MediationActivity Individual(string id, LocalDate date, int minutes = 45, string? beneficiary = null,
        Thematique[]? thematiques = null, string commune = "69123", bool first = false) =>
        new(id, ActivityType.Individuel, date, minutes, PlaceType.LieuActivite, CommuneCode.Parse(commune).Value,
            thematiques ?? [Thematique.Email], [new ActivityBeneficiary(beneficiary, firstAccompaniment: first)]);

    internal static MediationActivity Workshop(string id, LocalDate date, int participants, int minutes = 90, string commune = "2A004") =>
        new(id, ActivityType.Collectif, date, minutes, PlaceType.Autre, CommuneCode.Parse(commune).Value,
            [Thematique.NavigationSurInternet], Enumerable.Repeat(ActivityBeneficiary.Anonymous, participants));

    [Fact]
    public void WorkedExample8_ThreeIndividualsAndWorkshopsOfFiveAndSeven()
    {
        // indicators.md §10 #8 (Coop counting rules, §7.4): activités 5 (3 ind., 2 coll.); participants 12;
        // accompagnements 15; accompaniment proportions [3, 12] → [20, 80]; activity proportions [3, 2] → [60, 40].
        var d = new LocalDate(2025, 3, 4);
        MediationActivity[] activities = [Individual("a", d), Individual("b", d), Individual("c", d), Workshop("w1", d, 5), Workshop("w2", d, 7)];
        var s = ActivityStatistics.Compute(activities, Options2025);
        Assert.Equal(5, s.Activities);
        Assert.Equal(3, s.IndividualActivities);
        Assert.Equal(2, s.CollectiveActivities);
        Assert.Equal(12, s.CollectiveParticipants);
        Assert.Equal(15, s.Accompaniments);
        Assert.Equal([20m, 80m], s.AccompanimentTypes.Select(c => c.Proportion));
        Assert.Equal([60m, 40m], s.ActivityTypes.Select(c => c.Proportion));
        Assert.Equal(15, s.AnonymousBeneficiaries);
    }

    [Fact]
    public void WorkedExample9_AgeBracketsFromBirthYear()
    {
        // indicators.md §10 #9 (Coop derivedTrancheAgeSql.ts): current year 2025.
        Assert.Equal(AgeBracket.SoixanteDixPlus, ActivityVocabulary.AgeBracketOf(1955, 2025));
        Assert.Equal(AgeBracket.SoixanteSoixanteNeuf, ActivityVocabulary.AgeBracketOf(1956, 2025));
        Assert.Equal(AgeBracket.DouzeDixHuit, ActivityVocabulary.AgeBracketOf(2013, 2025));
        Assert.Equal(AgeBracket.VingtCinqTrenteNeuf, ActivityVocabulary.AgeBracketOf(1899, 2025, AgeBracket.VingtCinqTrenteNeuf));
        Assert.Equal(AgeBracket.NonCommunique, ActivityVocabulary.AgeBracketOf(2030, 2025));
        Assert.Equal(AgeBracket.MoinsDeDouze, ActivityVocabulary.AgeBracketOf(2014, 2025));
        Assert.Equal(AgeBracket.DixHuitVingtQuatre, ActivityVocabulary.AgeBracketOf(2007, 2025));
        Assert.Equal(AgeBracket.QuaranteCinquanteNeuf, ActivityVocabulary.AgeBracketOf(1985, 2025));
    }

    [Fact]
    public void WorkedExample10_LegacyUsagers()
    {
        // indicators.md §10 #10 (reduceCras.ts): participants 10, recurrents 4 → +10 accompagnements, +6 usagers;
        // recurrents 12 with participants 10 → +0 usagers.
        var d = new LocalDate(2023, 5, 2);
        int[] ages = [0, 2, 3, 4, 1];
        int[] statuses = [1, 2, 3, 4, 0];
        var s = LegacyCraStatistics.Compute([
            new LegacyCra(d, null, LegacyActivityKind.Collectif, 10, 4, ages, statuses, ["courriel", "internet"]),
            new LegacyCra(d, null, LegacyActivityKind.Collectif, 10, 12, ages, statuses, ["courriel"]),
        ]);
        Assert.Equal(20, s.Accompaniments);
        Assert.Equal(6, s.Usagers);
        Assert.Equal(2, s.Reports);
        // Themes once per report: courriel 2, internet 1 → shares of 3.
        Assert.Equal([("courriel", 2L, 66.667m), ("internet", 1L, 33.333m)], s.Themes.Select(t => (t.Value, t.Count, t.Proportion)));
        // Age and status shares both use the age total (getDashboardData.tsx): age total 20, status total 20 here.
        Assert.Equal(30m, s.AgeBrackets[2].Proportion);
        Assert.Equal(40m, s.SocialStatuses[3].Proportion);
    }

    [Fact]
    public void WorkedExample12_ProportionsAreNotCorrected()
    {
        // indicators.md §10 #12: [1, 2] → [33.333, 66.667].
        var d = new LocalDate(2025, 1, 10);
        var s = ActivityStatistics.Compute([Individual("a", d, minutes: 20), Workshop("w", d, 2, minutes: 40)], Options2025);
        Assert.Equal([33.333m, 66.667m, 0m, 0m], s.Durations.Select(c => c.Proportion));
    }

    [Fact]
    public void DurationBuckets_AreHalfOpen()
    {
        Assert.Equal(DurationBucket.MoinsDe30, ActivityVocabulary.BucketOf(29));
        Assert.Equal(DurationBucket.De30A60, ActivityVocabulary.BucketOf(30));
        Assert.Equal(DurationBucket.De60A120, ActivityVocabulary.BucketOf(60));
        Assert.Equal(DurationBucket.De60A120, ActivityVocabulary.BucketOf(119));
        Assert.Equal(DurationBucket.PlusDe120, ActivityVocabulary.BucketOf(120));
    }

    [Fact]
    public void Distributions_AreWeightedByParticipants_AndAdministrativeThematiquesAreSeparate()
    {
        var d = new LocalDate(2025, 2, 1);
        var admin = Individual("a", d, thematiques: [Thematique.AideAuxDemarchesAdministratives, Thematique.Logement]);
        var s = ActivityStatistics.Compute([admin, Workshop("w", d, 10)], Options2025);
        var nav = s.Thematiques.Single(t => t.Value == "navigation_sur_internet");
        var demarches = s.Thematiques.Single(t => t.Value == "aide_aux_demarches_administratives");
        Assert.Equal(10, nav.Count);
        Assert.Equal(1, demarches.Count);
        Assert.Equal(19, s.Thematiques.Count);
        Assert.Equal(11, s.AdministrativeThematiques.Count);
        Assert.Equal(100m, s.AdministrativeThematiques.Single(t => t.Value == "logement").Proportion);
        Assert.Equal("Logement", s.AdministrativeThematiques.Single(t => t.Value == "logement").Label);
        Assert.Equal(10, s.PlaceTypes.Single(p => p.Value == "autre").Count);
    }

    [Fact]
    public void AdministrativeThematique_WithoutDemarches_IsRejected() =>
        Assert.Throws<ArgumentException>(() => Individual("a", new LocalDate(2025, 1, 1), thematiques: [Thematique.Logement]));

    [Fact]
    public void Beneficiaries_DistinctFollowed_Anonymous_AndNewOnlyWithAPeriod()
    {
        var d = new LocalDate(2025, 4, 1);
        MediationActivity[] a = [Individual("1", d, beneficiary: "B1", first: true), Individual("2", d.PlusDays(7), beneficiary: "B1"),
            Individual("3", d, beneficiary: "B2", first: true), Individual("4", d)];
        var all = ActivityStatistics.Compute(a, Options2025);
        Assert.Equal(2, all.FollowedBeneficiaries);
        Assert.Equal(1, all.AnonymousBeneficiaries);
        Assert.Equal(3, all.Beneficiaries);
        Assert.Equal(0, all.NewBeneficiaries);
        var april = ActivityStatistics.Compute(a, new ActivityStatisticsOptions(2025, new LocalDate(2025, 4, 1), new LocalDate(2025, 4, 30)));
        Assert.Equal(2, april.NewBeneficiaries);
        var firstWeek = ActivityStatistics.Compute(a, new ActivityStatisticsOptions(2025, null, new LocalDate(2025, 4, 3)));
        Assert.Equal(3, firstWeek.Activities);
    }

    [Fact]
    public void ByDepartement_UsesTheInseeCode_IncludingCorsicaAndOverseas()
    {
        var d = new LocalDate(2025, 4, 1);
        var groups = ActivityStatistics.ComputeBy(
            [Individual("1", d, commune: "2A004"), Individual("2", d, commune: "97105"), Individual("3", d, commune: "75101"), Workshop("4", d, 3, commune: "2B033")],
            Options2025, ActivityGrouping.Departement);
        Assert.Equal(["2A", "2B", "75", "971"], groups.Select(g => g.Key));
        Assert.Equal(3, groups[1].Value.Accompaniments);
    }

    [Fact]
    public void MonthlySeries_CountsAccompaniments()
    {
        var s = ActivityStatistics.Compute([Workshop("w", new LocalDate(2025, 1, 31), 4), Individual("i", new LocalDate(2025, 3, 1))], Options2025);
        Assert.Equal([(new YearMonth(2025, 1), 4L), (new YearMonth(2025, 3), 1L)], s.Monthly.Select(m => (m.Month, m.Accompaniments)));
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(ActivityArbitraries)])]
    public bool AccompanimentsAreAtLeastActivities(MediationActivity[] activities)
    {
        var s = ActivityStatistics.Compute(activities, Options2025);
        return s.Accompaniments >= s.Activities && s.Accompaniments == activities.Sum(a => (long)a.Participants);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(ActivityArbitraries)])]
    public bool ProportionsSumTo100WithinRounding(MediationActivity[] activities)
    {
        var s = ActivityStatistics.Compute(activities, Options2025);
        IReadOnlyList<CategoryCount>[] all = [s.ActivityTypes, s.AccompanimentTypes, s.Durations, s.PlaceTypes, s.Thematiques,
            s.AdministrativeThematiques, s.Equipment, s.Genres, s.SocialStatuses, s.AgeBrackets];
        return all.All(dist => dist.Sum(c => c.Count) == 0
            ? dist.All(c => c.Proportion == 0)
            : Math.Abs(dist.Sum(c => c.Proportion) - 100m) <= 0.0005m * dist.Count);
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(ActivityArbitraries)])]
    public bool ResultsDoNotDependOnOrder(MediationActivity[] activities, int seed)
    {
        var shuffled = activities.OrderBy(_ => Random.Shared.Next()).ToArray();
        new Random(seed).Shuffle(shuffled);
        return Fingerprint(ActivityStatistics.Compute(activities, Options2025)) == Fingerprint(ActivityStatistics.Compute(shuffled, Options2025));
    }

    internal static string Fingerprint(ActivityStatistics s) => string.Join(";",
        new[] { s.Activities, s.Accompaniments, s.FollowedBeneficiaries, s.AnonymousBeneficiaries, s.NewBeneficiaries }.Select(x => x.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Concat(new[] { s.Durations, s.PlaceTypes, s.Thematiques, s.AdministrativeThematiques, s.Equipment, s.Genres, s.SocialStatuses, s.AgeBrackets }
                .SelectMany(d => d.Select(c => $"{c.Value}={c.Count}/{c.Proportion}")))
            .Concat(s.Monthly.Select(m => $"{m.Month}:{m.Activities}/{m.Accompaniments}")));

    public static class ActivityArbitraries
    {
        private static readonly Gen<ActivityBeneficiary> Beneficiary =
            from followed in Gen.Elements<string?>(null, "B1", "B2", "B3", "B4")
            from genre in Gen.Elements(Genre.NonCommunique, Genre.Masculin, Genre.Feminin)
            from status in Gen.Elements(Enum.GetValues<SocialStatus>())
            from year in Gen.Choose(1890, 2030)
            from first in ArbMap.Default.GeneratorFor<bool>()
            select new ActivityBeneficiary(followed, genre, status, year == 1890 ? null : year, AgeBracket.NonCommunique, first);

        public static Arbitrary<MediationActivity[]> Activities() =>
            (from n in Gen.Choose(0, 25)
             from list in Activity().ArrayOf(n)
             select list).ToArbitrary();

        private static Gen<MediationActivity> Activity() =>
            from collective in ArbMap.Default.GeneratorFor<bool>()
            from size in Gen.Choose(1, 15)
            from people in Beneficiary.ArrayOf(collective ? size : 1)
            from day in Gen.Choose(0, 500)
            from minutes in Gen.Choose(1, 300)
            from place in Gen.Elements(Enum.GetValues<PlaceType>())
            from t1 in Gen.Choose(0, 18)
            from admin in Gen.Choose(19, 29)
            from withAdmin in ArbMap.Default.GeneratorFor<bool>()
            from equipment in Gen.Elements(Enum.GetValues<Equipment>()).ArrayOf()
            from commune in Gen.Elements("69123", "2A004", "97105", "75101")
            select new MediationActivity(
                "A" + day + "-" + minutes, collective ? ActivityType.Collectif : ActivityType.Individuel,
                new LocalDate(2024, 1, 1).PlusDays(day), minutes, place, CommuneCode.Parse(commune).Value,
                withAdmin ? [(Thematique)t1, Thematique.AideAuxDemarchesAdministratives, (Thematique)admin] : [(Thematique)t1],
                people, equipment);
    }
}

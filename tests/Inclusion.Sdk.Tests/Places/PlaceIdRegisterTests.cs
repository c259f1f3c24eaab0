using FsCheck;
using FsCheck.Fluent;
using Inclusion.Sdk.Places;

namespace Inclusion.Sdk.Tests.Places;

/// <summary>The id register finds every repeated id and its first row, never a false one, in about 7 bytes per id.</summary>
public class PlaceIdRegisterTests
{
    /// <summary>What the register must answer: a dictionary of every id's first row.</summary>
    private static List<long?> Expected(IEnumerable<string> ids)
    {
        var first = new Dictionary<string, long>(StringComparer.Ordinal);
        var answers = new List<long?>();
        long row = 2;
        foreach (var id in ids)
        {
            answers.Add(first.TryGetValue(id, out var seen) ? seen : null);
            first.TryAdd(id, row++);
        }

        return answers;
    }

    private static List<long?> Answers(PlaceIdRegister register, IEnumerable<string> ids)
    {
        long row = 2;
        return ids.Select(id => register.FirstRowOf(id, row++)).ToList();
    }

    [Fact]
    public void Repeated_ids_are_found_with_their_first_row_as_a_dictionary_finds_them() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string[]>(), ids =>
        {
            var clean = ids.Select(i => i ?? string.Empty).ToArray();
            using var register = new PlaceIdRegister(clean.Length);
            return Answers(register, clean).SequenceEqual(Expected(clean));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void When_every_fingerprint_collides_the_log_tells_ids_apart()
    {
        // A constant fingerprint puts every id on the same trail: each answer comes from comparing the text read back
        // from the log, including the part already written to the temporary file (more than the 64 KiB buffer).
        var ids = Enumerable.Range(0, 3_000).Select(i => $"lieu-{i % 2_000:D5}-{new string('x', 20)}").ToList();
        using var register = new PlaceIdRegister(0, _ => 42UL);
        Assert.Equal(Expected(ids), Answers(register, ids));
        Assert.Equal(2_000, register.Count);
    }

    [Fact]
    public void Ids_that_differ_only_by_case_accent_or_a_lone_surrogate_are_different()
    {
        string[] ids = ["Lieu-1", "lieu-1", "lieu-é", "lieu-e\u0301", "a\uD800b", "a\uDC00b", "a\uD800b"];
        using var register = new PlaceIdRegister(0, _ => 7UL);
        Assert.Equal([null, null, null, null, null, null, 6L], Answers(register, ids));
    }

    [Fact]
    public void A_register_that_grows_keeps_every_id()
    {
        var ids = Enumerable.Range(0, 50_000).Select(i => "id" + (i * 7919 % 40_000)).ToList();
        using var register = new PlaceIdRegister();
        Assert.Equal(Expected(ids), Answers(register, ids));
        Assert.Equal(40_000, register.Count);
    }

    [Fact]
    public void A_register_sized_for_its_ids_takes_less_than_ten_bytes_per_id()
    {
        const int Ids = 1_000_000;
        using var register = new PlaceIdRegister(Ids);
        for (var i = 0; i < Ids; i++)
        {
            Assert.Null(register.FirstRowOf("lieu-" + i, i + 2));
        }

        Assert.Equal(Ids, register.Count);
        Assert.InRange(register.TableBytes / (double)Ids, 6.0, 7.5);
        Assert.Equal(2L, register.FirstRowOf("lieu-0", Ids + 2));
    }
}

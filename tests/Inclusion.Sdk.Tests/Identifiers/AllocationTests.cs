using Inclusion.Sdk.Identifiers;

namespace Inclusion.Sdk.Tests.Identifiers;

/// <summary>TryParse does not allocate, on valid and on invalid input (measured in bytes, not time).</summary>
public class AllocationTests
{
    [Theory]
    [InlineData("732 829 320 00074")]
    [InlineData("35600000001000")]
    [InlineData("73282932000079")]
    [InlineData("not a siret at all, and rather long for one")]
    public void TryParse_does_not_allocate(string text)
    {
        // Warm up (JIT, static initialisers), then measure a loop.
        RunAll(text);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            RunAll(text);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void TryParse_of_valid_values_of_every_type_does_not_allocate()
    {
        string[] texts = ["2A004", "75001", "971", "84", "200054781", "751010101", "QN07511M", "732829320", "73282932000074", "W931012663", "NC1234567001XX"];
        foreach (string text in texts)
        {
            RunAll(text);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        bool any = false;
        foreach (string text in texts)
        {
            any |= RunAll(text);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(any);
    }

    private static bool RunAll(string text) =>
        CommuneCode.TryParse(text, out _) | PostalCode.TryParse(text, out _) | DepartementCode.TryParse(text, out _)
        | RegionCode.TryParse(text, out _) | EpciCode.TryParse(text, out _) | IrisCode.TryParse(text, out _)
        | QpvCode.TryParse(text, out _) | Siren.TryParse(text, out _) | Siret.TryParse(text, out _)
        | Rna.TryParse(text, out _) | Ridet.TryParse(text, out _);
}

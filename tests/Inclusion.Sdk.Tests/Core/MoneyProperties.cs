using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Inclusion.Sdk.Tests.Core;

/// <summary>Generators for money properties: amounts with sub-cent digits, part counts and ratio lists.</summary>
internal static class MoneyGen
{
    /// <summary>Amounts of either sign with up to four decimals, from cents to trillions of euros.</summary>
    public static Gen<Money> Amount =>
        from euros in Gen.Choose(-2_000_000, 2_000_000)
        from tenThousandths in Gen.Choose(-9_999, 9_999)
        from scale in Gen.Elements(1m, 1m, 1m, 0.0001m, 1_000_000m)
        select Money.FromEuros(((euros * 10_000m) + tenThousandths) / 10_000m * scale);

    public static Gen<int> Parts => Gen.Frequency((4, Gen.Choose(1, 20)), (1, Gen.Choose(21, 600)));

    /// <summary>1 to 40 non-negative ratios with up to three decimals, zeros frequent, positive sum.</summary>
    public static Gen<decimal[]> Ratios =>
        Gen.Choose(1, 40)
            .SelectMany(n => Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(0, 100_000))), n))
            .Select(a => a.Select(x => x / 1000m).ToArray())
            .Where(a => a.Sum() > 0);
}

/// <summary>Properties of <see cref="Money"/>: allocation, rounding and addition.</summary>
public class MoneyProperties
{
    private static readonly Arbitrary<Money> Amounts = MoneyGen.Amount.ToArbitrary();
    private static readonly Arbitrary<(Money Amount, int Parts)> AmountAndParts =
        (from m in MoneyGen.Amount from n in MoneyGen.Parts select (m, n)).ToArbitrary();
    private static readonly Arbitrary<(Money Amount, decimal[] Ratios)> AmountAndRatios =
        (from m in MoneyGen.Amount from r in MoneyGen.Ratios select (m, r)).ToArbitrary();
    private static readonly Arbitrary<(Money A, Money B, Money C)> Triples =
        (from a in MoneyGen.Amount from b in MoneyGen.Amount from c in MoneyGen.Amount select (a, b, c)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property AllocateParts_SumsExactlyToTheRoundedAmount() =>
        Prop.ForAll(AmountAndParts, t =>
        {
            var parts = t.Amount.Allocate(t.Parts);
            return (parts.Length == t.Parts
                    && Money.Sum(parts) == t.Amount.Round()
                    && parts.All(p => p.IsWholeCents))
                .Label($"sum {Money.Sum(parts)} vs {t.Amount.Round()}");
        });

    [Property(MaxTest = 300)]
    public Property AllocateRatios_SumsExactlyToTheRoundedAmount() =>
        Prop.ForAll(AmountAndRatios, t =>
        {
            var parts = t.Amount.Allocate(t.Ratios);
            return (parts.Length == t.Ratios.Length
                    && Money.Sum(parts) == t.Amount.Round()
                    && parts.All(p => p.IsWholeCents))
                .Label($"sum {Money.Sum(parts)} vs {t.Amount.Round()}");
        });

    [Property(MaxTest = 300)]
    public Property AllocateRatios_ZeroRatioGetsNothing() =>
        Prop.ForAll(AmountAndRatios, t =>
        {
            var parts = t.Amount.Allocate(t.Ratios);
            return t.Ratios.Select((r, i) => r != 0m || parts[i] == Money.Zero).All(ok => ok);
        });

    [Property(MaxTest = 300)]
    public Property AllocateParts_DifferByAtMostOneCent() =>
        Prop.ForAll(AmountAndParts, t =>
        {
            var parts = t.Amount.Allocate(t.Parts);
            return (parts.Max() - parts.Min()).Amount <= 0.01m;
        });

    [Property(MaxTest = 300)]
    public Property AllocateRatios_EachPartIsWithinOneCentOfItsExactShare() =>
        Prop.ForAll(AmountAndRatios, t =>
        {
            var rounded = t.Amount.Round().Amount;
            var sum = t.Ratios.Sum();
            var parts = t.Amount.Allocate(t.Ratios);
            var worst = t.Ratios.Select((r, i) => Math.Abs(parts[i].Amount - (rounded * r / sum))).Max();
            return (worst < 0.01m).Label($"worst distance {worst}");
        });

    [Property(MaxTest = 200)]
    public Property Allocate_IsDeterministic() =>
        Prop.ForAll(AmountAndRatios, t =>
            t.Amount.Allocate(t.Ratios).SequenceEqual(t.Amount.Allocate(t.Ratios.ToArray()))
            && t.Amount.Allocate(t.Ratios.Length).SequenceEqual(t.Amount.Allocate(t.Ratios.Length)));

    [Property(MaxTest = 200)]
    public Property AllocateParts_EqualsAllocationByEqualRatios() =>
        Prop.ForAll(AmountAndParts, t =>
            t.Amount.Allocate(t.Parts).SequenceEqual(t.Amount.Allocate(Enumerable.Repeat(2.5m, t.Parts).ToArray())));

    [Property(MaxTest = 300)]
    public Property AllocateRatios_WholeRatios_AgreeWithTheSameProportionsAsFractions() =>
        // Whole ratios take the integer path; halving them (odd ones become x.5) forces the decimal path.
        Prop.ForAll(AmountAndRatios, t =>
        {
            var whole = t.Ratios.Select(r => decimal.Round(r * 1000m)).ToArray();
            if (whole.Sum() == 0m)
            {
                whole[0] = 1m;
            }

            var halved = whole.Select(r => r * 0.5m).Append(0.5m).ToArray();
            var wholeWithOne = whole.Append(1m).ToArray();
            return t.Amount.Allocate(wholeWithOne).SequenceEqual(t.Amount.Allocate(halved));
        });

    [Property(MaxTest = 200)]
    public Property Allocate_NegativeAmount_IsTheMirrorOfThePositive() =>
        Prop.ForAll(AmountAndRatios, t =>
            (-t.Amount).Allocate(t.Ratios).SequenceEqual(t.Amount.Allocate(t.Ratios).Select(p => -p))
            && (-t.Amount).Allocate(t.Ratios.Length).SequenceEqual(t.Amount.Allocate(t.Ratios.Length).Select(p => -p)));

    [Property(MaxTest = 300)]
    public Property Round_IsIdempotent() =>
        Prop.ForAll(Amounts, m =>
            m.Round().Round() == m.Round()
            && m.Round(MidpointRounding.ToEven).Round(MidpointRounding.ToEven) == m.Round(MidpointRounding.ToEven)
            && m.Round().IsWholeCents
            && Math.Abs((m.Round() - m).Amount) <= 0.005m);

    [Property(MaxTest = 300)]
    public Property Addition_IsCommutativeAssociativeAndConsistentWithAmount() =>
        Prop.ForAll(Triples, t =>
            t.A + t.B == t.B + t.A
            && (t.A + t.B) + t.C == t.A + (t.B + t.C)
            && (t.A + t.B).Amount == t.A.Amount + t.B.Amount
            && (t.A - t.B).Amount == t.A.Amount - t.B.Amount
            && Money.Sum([t.A, t.B, t.C]) == t.A + t.B + t.C);
}

namespace Inclusion.Sdk.Surveys;

/// <summary>
/// The special functions behind the confidence intervals: log-gamma (Lanczos, g = 7), the regularised incomplete beta
/// function I_x(a, b) (continued fraction evaluated by the modified Lentz method) and its inverse (bisection, which is
/// slow-ish but monotone and cannot diverge), and the standard normal quantile (Acklam's rational approximation,
/// relative error below 1.2 × 10⁻⁹), and Student's t quantile (from the inverse incomplete beta function, or the
/// Cornish–Fisher expansion in 1/ν of Abramowitz &amp; Stegun 26.7.5 from 1,000 degrees of freedom on).
/// </summary>
internal static class SpecialFunctions
{
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    internal static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            // Reflection: Γ(x) Γ(1 − x) = π / sin(πx).
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        }

        x -= 1;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++)
        {
            sum += Lanczos[i] / (x + i);
        }

        var t = x + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    /// <summary>The regularised incomplete beta function I_x(a, b), for a, b &gt; 0 and x in [0, 1].</summary>
    internal static double IncompleteBeta(double a, double b, double x)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        var front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + (a * Math.Log(x)) + (b * Math.Log(1 - x)));
        return x < (a + 1) / (a + b + 2)
            ? front * ContinuedFraction(a, b, x) / a
            : 1 - (front * ContinuedFraction(b, a, 1 - x) / b);
    }

    /// <summary>The x such that I_x(a, b) = p, for a, b &gt; 0 and p in [0, 1].</summary>
    internal static double InverseIncompleteBeta(double a, double b, double p)
    {
        if (p <= 0)
        {
            return 0;
        }

        if (p >= 1)
        {
            return 1;
        }

        double low = 0, high = 1;
        for (var i = 0; i < 200 && high - low > 1e-15; i++)
        {
            var mid = 0.5 * (low + high);
            if (IncompleteBeta(a, b, mid) < p)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return 0.5 * (low + high);
    }

    /// <summary>The quantile of the standard normal distribution, for p in (0, 1).</summary>
    internal static double NormalQuantile(double p)
    {
        const double PLow = 0.02425;
        ReadOnlySpan<double> a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
        ReadOnlySpan<double> b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
        ReadOnlySpan<double> c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
        ReadOnlySpan<double> d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];
        if (p < PLow)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            return Horner(c, q) / ((Horner(d, q) * q) + 1);
        }

        if (p > 1 - PLow)
        {
            return -NormalQuantile(1 - p);
        }

        var r0 = p - 0.5;
        var r = r0 * r0;
        return Horner(a, r) * r0 / ((Horner(b, r) * r) + 1);
    }

    /// <summary>The upper quantile t of Student's distribution with <paramref name="degreesOfFreedom"/> (&gt; 0, not
    /// necessarily an integer): P(T &gt; t) = <paramref name="upperTail"/>, for an upper tail in (0, 0.5].</summary>
    internal static double StudentUpperQuantile(double degreesOfFreedom, double upperTail)
    {
        var nu = degreesOfFreedom;
        if (nu >= 1000)
        {
            // A&S 26.7.5: t = z + g1/ν + g2/ν² + g3/ν³ + g4/ν⁴ (error of order ν⁻⁵).
            var z = -NormalQuantile(upperTail);
            double z2 = z * z, z3 = z2 * z, z5 = z3 * z2, z7 = z5 * z2, z9 = z7 * z2;
            var g1 = (z3 + z) / 4;
            var g2 = ((5 * z5) + (16 * z3) + (3 * z)) / 96;
            var g3 = ((3 * z7) + (19 * z5) + (17 * z3) - (15 * z)) / 384;
            var g4 = ((79 * z9) + (776 * z7) + (1482 * z5) - (1920 * z3) - (945 * z)) / 92160;
            return z + (g1 / nu) + (g2 / (nu * nu)) + (g3 / (nu * nu * nu)) + (g4 / (nu * nu * nu * nu));
        }

        // P(|T| > t) = I_{ν/(ν+t²)}(ν/2, 1/2), so x = I⁻¹(2q; ν/2, 1/2) and t = √(ν(1 − x)/x).
        var x = InverseIncompleteBeta(nu / 2, 0.5, 2 * upperTail);
        return Math.Sqrt(nu * (1 - x) / x);
    }

    private static double Horner(ReadOnlySpan<double> coefficients, double x)
    {
        var result = coefficients[0];
        for (var i = 1; i < coefficients.Length; i++)
        {
            result = (result * x) + coefficients[i];
        }

        return result;
    }

    private static double ContinuedFraction(double a, double b, double x)
    {
        const double Tiny = 1e-300;
        const double Epsilon = 1e-15;
        var qab = a + b;
        var qap = a + 1;
        var qam = a - 1;
        var c = 1.0;
        var d = 1 - (qab * x / qap);
        d = Math.Abs(d) < Tiny ? Tiny : d;
        d = 1 / d;
        var h = d;
        for (var m = 1; m <= 1000; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + (aa * d);
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = 1 + (aa / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + (aa * d);
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = 1 + (aa / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }

        return h;
    }
}

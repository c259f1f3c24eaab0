namespace Inclusion.Sdk.Utility;

/// <summary>The Luhn (mod 10) check used by SIREN, SIRET and EPCI codes.</summary>
internal static class Luhn
{
    /// <summary>True when <paramref name="digits"/> are all ASCII digits and pass the Luhn check.</summary>
    internal static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty)
        {
            return false;
        }

        int sum = 0;
        for (int i = 0; i < digits.Length; i++)
        {
            int d = digits[digits.Length - 1 - i] - '0';
            if ((uint)d > 9)
            {
                return false;
            }

            if ((i & 1) == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    /// <summary>The digit to append to <paramref name="payload"/> so that the whole passes Luhn.</summary>
    internal static int ComputeCheckDigit(ReadOnlySpan<char> payload)
    {
        int sum = 0;
        for (int i = 0; i < payload.Length; i++)
        {
            int d = payload[payload.Length - 1 - i] - '0';
            if ((i & 1) == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return (10 - (sum % 10)) % 10;
    }
}

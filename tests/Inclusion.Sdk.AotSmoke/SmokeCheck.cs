namespace Inclusion.Sdk.AotSmoke;

/// <summary>Counts checks and failures; a failure is printed on stderr.</summary>
internal sealed class SmokeCheck
{
    internal int Count { get; private set; }

    internal int Failures { get; private set; }

    internal void That(bool condition, string what)
    {
        Count++;
        if (!condition)
        {
            Console.Error.WriteLine("FAILED: " + what);
            Failures++;
        }
    }
}

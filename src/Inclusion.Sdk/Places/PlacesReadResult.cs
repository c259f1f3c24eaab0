namespace Inclusion.Sdk.Places;

/// <summary>The places read from a file and the validation of the whole file.</summary>
public sealed class PlacesReadResult
{
    internal PlacesReadResult(IReadOnlyList<MediationPlace> places, PlacesValidationResult validation)
    {
        Places = places;
        Validation = validation;
    }

    /// <summary>The places of the rows whose required fields are usable (rows with errors in optional fields included; see <see cref="PlaceRecord.Place"/>).</summary>
    public IReadOnlyList<MediationPlace> Places { get; }

    /// <summary>The report of the file.</summary>
    public PlacesValidationResult Validation { get; }
}

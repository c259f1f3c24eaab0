using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Places;

/// <summary>A WGS84 point (latitude, longitude in decimal degrees), as the <c>latitude</c> and <c>longitude</c> columns of the standard.</summary>
public readonly struct GeoCoordinates : IEquatable<GeoCoordinates>
{
    /// <summary>Creates a point.</summary>
    /// <param name="latitude">Latitude in degrees, in [−90, 90].</param>
    /// <param name="longitude">Longitude in degrees, in [−180, 180].</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range or not a number.</exception>
    public GeoCoordinates(double latitude, double longitude)
    {
        if (!(latitude is >= -90 and <= 90))
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "The latitude must be in [-90, 90].");
        }

        if (!(longitude is >= -180 and <= 180))
        {
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "The longitude must be in [-180, 180].");
        }

        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>Latitude in degrees (WGS84).</summary>
    public double Latitude { get; }

    /// <summary>Longitude in degrees (WGS84).</summary>
    public double Longitude { get; }

    /// <inheritdoc/>
    public bool Equals(GeoCoordinates other) => Latitude.Equals(other.Latitude) && Longitude.Equals(other.Longitude);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GeoCoordinates other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Latitude, Longitude);

    /// <summary>Compares two points for equality.</summary>
    /// <param name="left">First point.</param>
    /// <param name="right">Second point.</param>
    /// <returns><see langword="true"/> when both coordinates are equal.</returns>
    public static bool operator ==(GeoCoordinates left, GeoCoordinates right) => left.Equals(right);

    /// <summary>Compares two points for inequality.</summary>
    /// <param name="left">First point.</param>
    /// <param name="right">Second point.</param>
    /// <returns><see langword="true"/> when a coordinate differs.</returns>
    public static bool operator !=(GeoCoordinates left, GeoCoordinates right) => !left.Equals(right);

    /// <summary>Returns <c>latitude,longitude</c> with invariant formatting.</summary>
    /// <returns>The point as text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Latitude},{Longitude}");
}

using Inclusion.Sdk.Places;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Offer;

/// <summary>
/// A spatial index of points (places) answering "nearest point" by great-circle distance: a 3-D k-d tree over unit
/// vectors, where the straight-line (chord) distance grows with the great-circle distance, so the nearest by chord is the
/// nearest on the sphere — everywhere, overseas and across the antimeridian included. Build O(n log² n), query about
/// O(log n).
/// </summary>
public sealed class NearestPlaceIndex
{
    /// <summary>The mean Earth radius used for distances, in kilometres (IUGG mean radius R1).</summary>
    public const double EarthRadiusKilometres = 6371.0088;

    private readonly double[] xs;
    private readonly double[] ys;
    private readonly double[] zs;
    private readonly int[] ids;

    /// <summary>Builds the index.</summary>
    /// <param name="points">The points; their position in the sequence is the index returned by <see cref="FindNearest"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="points"/> is null.</exception>
    public NearestPlaceIndex(IEnumerable<GeoCoordinates> points)
    {
        var list = Preconditions.CheckNotNull(points).ToArray();
        Count = list.Length;
        xs = new double[list.Length];
        ys = new double[list.Length];
        zs = new double[list.Length];
        ids = new int[list.Length];
        var order = new int[list.Length];
        var raw = new (double X, double Y, double Z)[list.Length];
        for (var i = 0; i < list.Length; i++)
        {
            raw[i] = ToUnit(list[i]);
            order[i] = i;
        }

        Build(order, 0, order.Length, 0, raw);
        for (var i = 0; i < order.Length; i++)
        {
            (xs[i], ys[i], zs[i]) = raw[order[i]];
            ids[i] = order[i];
        }
    }

    /// <summary>The number of points.</summary>
    public int Count { get; }

    /// <summary>The great-circle distance between two points, in kilometres (haversine on a sphere of radius
    /// <see cref="EarthRadiusKilometres"/>).</summary>
    /// <param name="a">A point.</param>
    /// <param name="b">Another point.</param>
    /// <returns>The distance, zero or more.</returns>
    public static double GreatCircleKilometres(GeoCoordinates a, GeoCoordinates b)
    {
        const double rad = Math.PI / 180;
        var dLat = (b.Latitude - a.Latitude) * rad;
        var dLon = (b.Longitude - a.Longitude) * rad;
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) +
                (Math.Cos(a.Latitude * rad) * Math.Cos(b.Latitude * rad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKilometres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>Finds the point nearest to <paramref name="point"/>.</summary>
    /// <param name="point">The query point.</param>
    /// <param name="index">The position of the nearest point in the sequence given to the constructor.</param>
    /// <param name="kilometres">Its great-circle distance.</param>
    /// <returns>False when the index is empty.</returns>
    public bool FindNearest(GeoCoordinates point, out int index, out double kilometres)
    {
        index = -1;
        kilometres = double.PositiveInfinity;
        if (Count == 0)
        {
            return false;
        }

        var q = ToUnit(point);
        var best = double.PositiveInfinity;
        var bestAt = -1;
        Search(0, Count, 0, q, ref best, ref bestAt);
        index = ids[bestAt];
        var chord = Math.Sqrt(best);
        kilometres = 2 * EarthRadiusKilometres * Math.Asin(Math.Min(1, chord / 2));
        return true;
    }

    private void Search(int lo, int hi, int depth, (double X, double Y, double Z) q, ref double best, ref int bestAt)
    {
        if (lo >= hi)
        {
            return;
        }

        var mid = (lo + hi) >>> 1;
        var dx = xs[mid] - q.X;
        var dy = ys[mid] - q.Y;
        var dz = zs[mid] - q.Z;
        var d = (dx * dx) + (dy * dy) + (dz * dz);
        if (d < best || (d == best && ids[mid] < ids[bestAt]))
        {
            best = d;
            bestAt = mid;
        }

        var diff = (depth % 3) switch { 0 => q.X - xs[mid], 1 => q.Y - ys[mid], _ => q.Z - zs[mid] };
        var (first, second) = diff < 0 ? ((lo, mid), (mid + 1, hi)) : ((mid + 1, hi), (lo, mid));
        Search(first.Item1, first.Item2, depth + 1, q, ref best, ref bestAt);
        if (diff * diff <= best)
        {
            Search(second.Item1, second.Item2, depth + 1, q, ref best, ref bestAt);
        }
    }

    private static void Build(int[] order, int lo, int hi, int depth, (double X, double Y, double Z)[] raw)
    {
        if (hi - lo <= 1)
        {
            return;
        }

        var axis = depth % 3;
        Array.Sort(order, lo, hi - lo, Comparer<int>.Create((a, b) =>
        {
            var c = Coordinate(raw[a], axis).CompareTo(Coordinate(raw[b], axis));
            return c != 0 ? c : a.CompareTo(b);
        }));
        var mid = (lo + hi) >>> 1;
        Build(order, lo, mid, depth + 1, raw);
        Build(order, mid + 1, hi, depth + 1, raw);
    }

    private static double Coordinate((double X, double Y, double Z) p, int axis) => axis switch { 0 => p.X, 1 => p.Y, _ => p.Z };

    private static (double X, double Y, double Z) ToUnit(GeoCoordinates c)
    {
        const double rad = Math.PI / 180;
        var lat = c.Latitude * rad;
        var lon = c.Longitude * rad;
        return (Math.Cos(lat) * Math.Cos(lon), Math.Cos(lat) * Math.Sin(lon), Math.Sin(lat));
    }
}

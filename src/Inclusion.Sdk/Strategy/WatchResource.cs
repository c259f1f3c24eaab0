using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Strategy;

/// <summary>A resource of the shared watch and documentation (« une veille partagée », « la veille et la recherche
/// documentaire »): a resource centre, a newsletter, a shared folder.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class WatchResource
{
    /// <summary>Creates a watch resource.</summary>
    /// <param name="title">The title (not blank).</param>
    /// <param name="updatedOn">The date of the last update, when known.</param>
    /// <param name="url">The address, when there is one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    public WatchResource(string title, LocalDate? updatedOn = null, string? url = null)
    {
        Title = Preconditions.CheckNotBlank(title).Trim();
        UpdatedOn = updatedOn;
        Url = string.IsNullOrWhiteSpace(url) ? null : url.Trim();
    }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The date of the last update, when known.</summary>
    public LocalDate? UpdatedOn { get; }

    /// <summary>The address, when there is one.</summary>
    public string? Url { get; }
}

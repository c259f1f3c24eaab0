using System.Text.Json;
using Inclusion.Sdk.Utility;
using Inclusion.Sdk.Vouchers;

namespace Inclusion.Sdk.Files;

/// <content>Voucher programme files: <c>programme.json</c> and the JSON Lines event log.</content>
public static partial class InclusionJson
{
    /// <summary>Serialises an event as one line of JSON (the <c>type</c> discriminator first).</summary>
    /// <param name="voucherEvent">The event.</param>
    /// <returns>The JSON text, without line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="voucherEvent"/> is <see langword="null"/>.</exception>
    public static string SerializeEvent(VoucherEvent voucherEvent)
    {
        Preconditions.CheckNotNull(voucherEvent);
        return JsonSerializer.Serialize(voucherEvent, InclusionJsonContext.Default.VoucherEvent);
    }

    /// <summary>
    /// The <c>type</c> discriminator of an event's JSON as <see cref="SerializeEvent"/> writes it (first member), for
    /// the stores' <c>type</c> column: <c>passes-redeemed</c>, …
    /// </summary>
    /// <param name="eventJson">The event's JSON, as <see cref="SerializeEvent"/> writes it.</param>
    /// <returns>The discriminator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="eventJson"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The text does not start with a <c>type</c> member.</exception>
    public static string EventType(string eventJson)
    {
        Preconditions.CheckNotNull(eventJson);
        const string Prefix = "{\"type\":\"";
        var end = eventJson.StartsWith(Prefix, StringComparison.Ordinal) ? eventJson.IndexOf('"', Prefix.Length) : -1;
        return end > Prefix.Length
            ? eventJson[Prefix.Length..end]
            : throw new ArgumentException("The text is not an event written by SerializeEvent: it does not start with its type.", nameof(eventJson));
    }

    /// <summary>
    /// The idempotency key of an event's JSON (<see cref="SerializeEvent"/>): the lowercase hexadecimal SHA-256 of its
    /// UTF-8 bytes. SQL event stores keep it unique per stream, so that an append retried after a lost answer is
    /// recognised instead of stored twice.
    /// </summary>
    /// <param name="eventJson">The event's JSON, as <see cref="SerializeEvent"/> writes it.</param>
    /// <returns>64 hexadecimal digits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="eventJson"/> is <see langword="null"/>.</exception>
    public static string IdempotencyKey(string eventJson)
    {
        Preconditions.CheckNotNull(eventJson);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(eventJson)));
    }

    /// <summary>Reads one event.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The text is not a valid event.</exception>
    public static VoucherEvent DeserializeEvent(string json)
    {
        Preconditions.CheckNotNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, InclusionJsonContext.Default.VoucherEvent)
                ?? throw new JsonException("The JSON value is null; an event was expected.");
        }
        catch (Exception e) when (e is NotSupportedException or ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            // A missing or unknown "type" discriminator (NotSupportedException) or a value refused by an event's
            // constructor guard: the caller sees one exception type for every invalid event text.
            throw new JsonException(e.Message, e);
        }
    }

    /// <summary>Writes events as JSON Lines (one event per line).</summary>
    /// <param name="events">The events.</param>
    /// <param name="writer">The destination.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteEvents(IEnumerable<VoucherEvent> events, TextWriter writer)
    {
        Preconditions.CheckNotNull(events);
        Preconditions.CheckNotNull(writer);
        foreach (var e in events)
        {
            writer.Write(SerializeEvent(e));
            writer.Write('\n');
        }
    }
}

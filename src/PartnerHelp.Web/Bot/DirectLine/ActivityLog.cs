using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PartnerHelp.Infrastructure.Bot;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Web.Bot.DirectLine;

/// <summary>
/// The activities of Direct Line conversations, in the database. Each appended activity gets the next
/// sequence number of its conversation (its id is <c>{conversation}|{sequence}</c>); the watermark a client
/// holds is the last sequence it saw. Two nodes appending at once collide on the primary key and retry.
/// </summary>
public sealed class ActivityLog(PartnerHelpDbContext db, TimeProvider time)
{
    private const int MaxAttempts = 5;

    /// <summary>Most activities returned by one read.</summary>
    public const int PageSize = 100;

    /// <summary>The id given to the activity with <paramref name="sequence"/>.</summary>
    public static string ActivityId(string conversationId, int sequence) =>
        $"{conversationId}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";

    /// <summary>Stamps and appends <paramref name="activities"/> in one transaction; returns their ids.</summary>
    public Task<IReadOnlyList<string>> AppendAsync(string conversationId, IReadOnlyList<JsonObject> activities, CancellationToken cancellationToken) =>
        AppendAsync(conversationId, activities, null, cancellationToken);

    /// <summary>
    /// Stamps and appends <paramref name="activities"/> in one transaction, together with whatever else the
    /// context tracks (the conversation's state); returns their ids. <paramref name="lastSequence"/> is the
    /// conversation's last sequence when the caller has just read it (<see cref="LastSequenceAsync"/>), saving a
    /// round trip; a collision re-reads it. A <c>replyToId</c> naming an activity of the same batch follows that
    /// activity's new id.
    /// </summary>
    public async Task<IReadOnlyList<string>> AppendAsync(string conversationId, IReadOnlyList<JsonObject> activities, int? lastSequence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        for (var attempt = 1; ; attempt++)
        {
            var last = attempt == 1 && lastSequence is { } known ? known : await LastSequenceAsync(conversationId, cancellationToken);
            var now = time.GetUtcNow();
            var ids = new List<string>(activities.Count);
            var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
            var records = new List<BotActivityRecord>(activities.Count);
            for (var i = 0; i < activities.Count; i++)
            {
                var sequence = last + i + 1;
                var id = ActivityId(conversationId, sequence);
                var activity = activities[i];
                if (ActivityJson.String(activity, "id") is { } previous)
                {
                    renamed[previous] = id;
                }

                if (ActivityJson.String(activity, "replyToId") is { } replyTo && renamed.TryGetValue(replyTo, out var renamedTo))
                {
                    activity["replyToId"] = renamedTo;
                }

                activity["id"] = id;
                activity["timestamp"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
                ids.Add(id);
                records.Add(new BotActivityRecord { ConversationId = conversationId, Sequence = sequence, ActivityId = id, Json = activity.ToJsonString(), CreatedAt = now });
            }

            db.Set<BotActivityRecord>().AddRange(records);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return ids;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                foreach (var record in records)
                {
                    db.Entry(record).State = EntityState.Detached;
                }
            }
        }
    }

    /// <summary>The sequence of the conversation's newest activity (0 when it has none).</summary>
    public async Task<int> LastSequenceAsync(string conversationId, CancellationToken cancellationToken) =>
        await db.Set<BotActivityRecord>().Where(a => a.ConversationId == conversationId)
            .MaxAsync(a => (int?)a.Sequence, cancellationToken) ?? 0;

    /// <summary>Activities after <paramref name="watermark"/> and the new watermark (never empty).</summary>
    public async Task<(IReadOnlyList<JsonNode> Activities, string Watermark)> ReadAsync(string conversationId, int watermark, CancellationToken cancellationToken)
    {
        var records = await db.Set<BotActivityRecord>().AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.Sequence > watermark)
            .OrderBy(a => a.Sequence)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        var next = records.Count > 0 ? records[^1].Sequence : watermark;
        return (records.Select(r => JsonNode.Parse(r.Json)!).ToList(), next.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Parses a client's watermark; anything unreadable counts as the start.</summary>
    public static int ParseWatermark(string? watermark) =>
        int.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : 0;
}

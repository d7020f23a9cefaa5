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
    public async Task<IReadOnlyList<string>> AppendAsync(string conversationId, IReadOnlyList<JsonObject> activities, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var last = await db.Set<BotActivityRecord>().Where(a => a.ConversationId == conversationId)
                .MaxAsync(a => (int?)a.Sequence, cancellationToken) ?? 0;
            var now = time.GetUtcNow();
            var ids = new List<string>(activities.Count);
            var records = new List<BotActivityRecord>(activities.Count);
            for (var i = 0; i < activities.Count; i++)
            {
                var sequence = last + i + 1;
                var id = ActivityId(conversationId, sequence);
                var activity = activities[i];
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

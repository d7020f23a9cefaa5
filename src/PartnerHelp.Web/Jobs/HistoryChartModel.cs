using System.Globalization;
using PartnerHelp.Jobs.Dashboard;

namespace PartnerHelp.Web.Jobs;

/// <summary>A server-rendered bar chart of succeeded and failed runs.</summary>
public sealed record HistoryChartModel(string Title, IReadOnlyList<StatsPoint> Points, bool Daily)
{
    /// <summary>The label of a bucket: its day, or its hour (UTC), in the current culture.</summary>
    public string Label(DateTimeOffset start) => Daily
        ? start.UtcDateTime.ToString("d", CultureInfo.CurrentCulture)
        : start.UtcDateTime.ToString("t", CultureInfo.CurrentCulture);
}

using Quartz;

namespace PartnerHelp.Jobs.Scheduling;

/// <summary>
/// Job groups and names. A refund's jobs are named by its refund id, so one refund has one payment job
/// and one status job however often it is dispatched. Dashboard URLs spell a key <c>group.name</c>.
/// </summary>
public static class JobKeys
{
    /// <summary>ProcessRefund jobs.</summary>
    public const string RefundGroup = "refunds";

    /// <summary>RefundStatusUpdate jobs.</summary>
    public const string StatusGroup = "refund-status";

    /// <summary>Recurring housekeeping jobs.</summary>
    public const string RecurringGroup = "recurring";

    /// <summary>Daily reconciliation of refunds against the processor.</summary>
    public static readonly JobKey Reconciliation = new("reconciliation", RecurringGroup);

    /// <summary>Hourly notices about self-serve windows closing within 48 hours.</summary>
    public static readonly JobKey WindowNotices = new("window-notices", RecurringGroup);

    /// <summary>Daily cleanup of old history.</summary>
    public static readonly JobKey HistoryCleanup = new("history-cleanup", RecurringGroup);

    /// <summary>The credit request review that moves claims from Submitted to a decision.</summary>
    public static readonly JobKey CreditReview = new("credit-review", RecurringGroup);

    /// <summary>The ProcessRefund job of a refund.</summary>
    public static JobKey ProcessRefund(string refundId) => new(refundId, RefundGroup);

    /// <summary>The RefundStatusUpdate job of a refund.</summary>
    public static JobKey RefundStatus(string refundId) => new(refundId, StatusGroup);

    /// <summary>The key as it appears in dashboard URLs.</summary>
    public static string Format(JobKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return $"{key.Group}.{key.Name}";
    }

    /// <summary>Reads a key written by <see cref="Format"/>; false for anything else.</summary>
    public static bool TryParse(string? text, out JobKey key)
    {
        key = null!;
        var dot = text?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (text is null || dot <= 0 || dot == text.Length - 1 || text.Length > 300)
        {
            return false;
        }

        var group = text[..dot];
        if (group is not (RefundGroup or StatusGroup or RecurringGroup))
        {
            return false;
        }

        key = new JobKey(text[(dot + 1)..], group);
        return true;
    }
}

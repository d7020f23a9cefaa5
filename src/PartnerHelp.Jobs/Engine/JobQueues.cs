namespace PartnerHelp.Jobs.Engine;

/// <summary>Hangfire queues, in the order a worker takes from them: refunds before housekeeping.</summary>
public static class JobQueues
{
    /// <summary>Refund payments and status checks.</summary>
    public const string Refunds = "refunds";

    /// <summary>Recurring housekeeping.</summary>
    public const string Default = "default";

    /// <summary>Every queue a PartnerHelp server works on, highest priority first.</summary>
    public static readonly string[] All = [Refunds, Default];
}

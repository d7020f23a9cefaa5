namespace PartnerHelp.Core.Refunds;

/// <summary>One recorded move of a refund from one state to another.</summary>
public sealed class RefundTransition
{
    private RefundTransition()
    {
        RefundId = Actor = string.Empty;
    }

    internal RefundTransition(string refundId, int sequence, RefundStatus? from, RefundStatus to, DateTimeOffset at, string actor, string? detail)
    {
        RefundId = refundId;
        Sequence = sequence;
        From = from;
        To = to;
        At = at;
        Actor = actor;
        Detail = detail;
    }

    /// <summary>The refund that moved.</summary>
    public string RefundId { get; private set; }

    /// <summary>1 for the first transition, increasing by one.</summary>
    public int Sequence { get; private set; }

    /// <summary>The state left (null for the initial request).</summary>
    public RefundStatus? From { get; private set; }

    /// <summary>The state entered.</summary>
    public RefundStatus To { get; private set; }

    /// <summary>When it happened (UTC).</summary>
    public DateTimeOffset At { get; private set; }

    /// <summary>Who or what moved it: a user id, or <c>system</c>.</summary>
    public string Actor { get; private set; }

    /// <summary>Processor reference or failure reason.</summary>
    public string? Detail { get; private set; }

    internal void Shift(TimeSpan delta) => At += delta;
}

namespace PartnerHelp.Core.Refunds;

/// <summary>
/// The refund of a cancelled order: always the full amount paid, always to the instrument that paid.
/// Requested → Processing → Refunded, or → Failed; an operator may retry Failed → Processing.
/// </summary>
public sealed class Refund
{
    /// <summary>The actor recorded for moves made by background processing.</summary>
    public const string SystemActor = "system";

    private readonly List<RefundTransition> _transitions = [];

    private Refund()
    {
        Id = OrderId = PartnerId = Currency = PaymentInstrument = string.Empty;
    }

    private Refund(string id, string orderId, string partnerId, Money amount, string paymentInstrument, DateTimeOffset requestedAt, string actor, RefundSubject subject)
    {
        Id = id;
        Subject = subject;
        OrderId = orderId;
        PartnerId = partnerId;
        Amount = amount.Amount;
        Currency = amount.Currency;
        PaymentInstrument = paymentInstrument;
        RequestedAt = requestedAt.ToUniversalTime();
        Status = RefundStatus.Requested;
        Record(null, RefundStatus.Requested, RequestedAt, actor, null);
    }

    /// <summary>Refund number.</summary>
    public string Id { get; private set; }

    /// <summary>The cancelled order (or returned item: see <see cref="Subject"/>).</summary>
    public string OrderId { get; private set; }

    /// <summary>What kind of thing <see cref="OrderId"/> names.</summary>
    public RefundSubject Subject { get; private set; }

    /// <summary>The partner receiving the money.</summary>
    public string PartnerId { get; private set; }

    /// <summary>Amount refunded: equal to the amount paid.</summary>
    public decimal Amount { get; private set; }

    /// <summary>Currency of the refund: the currency paid in.</summary>
    public string Currency { get; private set; }

    /// <summary>The refund amount with its currency.</summary>
    public Money Total => new(Amount, Currency);

    /// <summary>The payment instrument the money returns to.</summary>
    public string PaymentInstrument { get; private set; }

    /// <summary>Current state.</summary>
    public RefundStatus Status { get; private set; }

    /// <summary>When the refund was requested (the cancellation instant).</summary>
    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>When processing last started.</summary>
    public DateTimeOffset? ProcessingAt { get; private set; }

    /// <summary>When the money was returned.</summary>
    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>When the refund last failed.</summary>
    public DateTimeOffset? FailedAt { get; private set; }

    /// <summary>Why the refund last failed.</summary>
    public string? FailureReason { get; private set; }

    /// <summary>The processor's reference for the payout.</summary>
    public string? ProcessorReference { get; private set; }

    /// <summary>Concurrency token.</summary>
    public int Version { get; private set; }

    /// <summary>Every move, oldest first.</summary>
    public IReadOnlyList<RefundTransition> Transitions => _transitions;

    /// <summary>The key the payment processor deduplicates payouts on: one per refund, forever.</summary>
    public string IdempotencyKey => $"refund:{Id}";

    /// <summary>Opens a refund for a cancelled order.</summary>
    public static Refund Request(
        string id,
        string orderId,
        string partnerId,
        Money amount,
        string paymentInstrument,
        DateTimeOffset requestedAt,
        string actor = SystemActor,
        RefundSubject subject = RefundSubject.MembershipOrder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(partnerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(paymentInstrument);
        if (amount.Amount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), "A refund amount is positive.");
        }

        return new Refund(id, orderId, partnerId, amount, paymentInstrument, requestedAt, actor, subject);
    }

    /// <summary>Whether the state machine allows moving from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool IsAllowed(RefundStatus from, RefundStatus to) => (from, to) switch
    {
        (RefundStatus.Requested, RefundStatus.Processing) => true,
        (RefundStatus.Processing, RefundStatus.Refunded) => true,
        (RefundStatus.Processing, RefundStatus.Failed) => true,
        (RefundStatus.Failed, RefundStatus.Processing) => true,
        _ => false,
    };

    /// <summary>Hands the refund to the payment processor.</summary>
    public void StartProcessing(DateTimeOffset now, string actor = SystemActor)
    {
        if (Status == RefundStatus.Failed)
        {
            throw new InvalidRefundTransitionException(Id, Status, RefundStatus.Processing);
        }

        MoveTo(RefundStatus.Processing, now, actor, null);
        ProcessingAt = now.ToUniversalTime();
    }

    /// <summary>The processor settled the payout.</summary>
    public void MarkRefunded(DateTimeOffset now, string processorReference, string actor = SystemActor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(processorReference);
        MoveTo(RefundStatus.Refunded, now, actor, processorReference);
        CompletedAt = now.ToUniversalTime();
        ProcessorReference = processorReference;
    }

    /// <summary>The processor refused the payout permanently.</summary>
    public void MarkFailed(DateTimeOffset now, string reason, string actor = SystemActor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        MoveTo(RefundStatus.Failed, now, actor, reason);
        FailedAt = now.ToUniversalTime();
        FailureReason = reason;
    }

    /// <summary>An operator sends a failed refund back to processing.</summary>
    public void RetryByOperator(DateTimeOffset now, string operatorId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorId);
        if (Status != RefundStatus.Failed)
        {
            throw new InvalidRefundTransitionException(Id, Status, RefundStatus.Processing);
        }

        MoveTo(RefundStatus.Processing, now, operatorId, "operator retry");
        ProcessingAt = now.ToUniversalTime();
    }

    /// <summary>Shifts every timestamp by <paramref name="delta"/> (demo re-basing only).</summary>
    public void ShiftTimestamps(TimeSpan delta)
    {
        RequestedAt += delta;
        ProcessingAt += delta;
        CompletedAt += delta;
        FailedAt += delta;
        foreach (var transition in _transitions)
        {
            transition.Shift(delta);
        }

        Version++;
    }

    private void MoveTo(RefundStatus to, DateTimeOffset now, string actor, string? detail)
    {
        if (!IsAllowed(Status, to))
        {
            throw new InvalidRefundTransitionException(Id, Status, to);
        }

        var from = Status;
        Status = to;
        Version++;
        Record(from, to, now.ToUniversalTime(), actor, detail);
    }

    private void Record(RefundStatus? from, RefundStatus to, DateTimeOffset at, string actor, string? detail) =>
        _transitions.Add(new RefundTransition(Id, _transitions.Count + 1, from, to, at, actor, detail));
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnerHelp.Core;
using PartnerHelp.Core.Refunds.Payments;
using PartnerHelp.Infrastructure.Jobs;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Jobs.Payments;

/// <summary>
/// The shipped payment processor: a simulator with latency, injected or random faults and a settlement
/// delay, keeping its ledger in the application database keyed by idempotency key. The key is the
/// ledger's primary key, so however often a refund is retried — after a timeout, a crash, an
/// operator's retry — it is paid once.
/// </summary>
public sealed class PaymentProcessorSimulator(
    IServiceScopeFactory scopes,
    PaymentFaultPlan faults,
    IOptions<JobsOptions> options,
    TimeProvider time) : IPaymentProcessor
{
    private PaymentSimulatorOptions Settings => options.Value.PaymentSimulator;

    /// <inheritdoc />
    public async Task<Payout> PayAsync(PayoutRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var half = Settings.Latency / 2;
        await Task.Delay(half, time, cancellationToken);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>();
        var existing = await FindAsync(db, request.IdempotencyKey, cancellationToken);
        if (existing is not null)
        {
            return existing.Amount == request.Amount
                ? existing
                : throw new PaymentDeclinedException("idempotency_key_reused", $"Key {request.IdempotencyKey} was used for {existing.Amount}, not {request.Amount}.");
        }

        var fault = faults.Next();
        var slow = fault == PaymentFault.Slow ? Settings.SlowLatency / 2 : TimeSpan.Zero;
        await Task.Delay(slow, time, cancellationToken);
        switch (fault)
        {
            case PaymentFault.Transient:
                throw new PaymentTransientException("The payment processor is temporarily unavailable (simulated).");
            case PaymentFault.Declined:
                throw new PaymentDeclinedException("instrument_closed", "The payment instrument no longer accepts refunds (simulated).");
        }

        // The ledger write is not cancellable: once the processor has taken the money out, the
        // caller giving up does not undo it. That is exactly the case the idempotency key is for.
        var payout = await RecordAsync(db, request, CancellationToken.None);
        if (fault == PaymentFault.LostResponse)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, time, cancellationToken);
        }

        await Task.Delay(half + slow, time, cancellationToken);
        return payout;
    }

    /// <inheritdoc />
    public async Task<Payout?> FindAsync(string idempotencyKey, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await FindAsync(scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>(), idempotencyKey, cancellationToken);
    }

    private static async Task<Payout?> FindAsync(PartnerHelpDbContext db, string idempotencyKey, CancellationToken cancellationToken)
    {
        var entry = await db.PayoutLedger.AsNoTracking().SingleOrDefaultAsync(e => e.IdempotencyKey == idempotencyKey, cancellationToken);
        return entry is null ? null : ToPayout(entry);
    }

    private async Task<Payout> RecordAsync(PartnerHelpDbContext db, PayoutRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var entry = new PayoutLedgerEntry
        {
            IdempotencyKey = request.IdempotencyKey,
            RefundId = request.RefundId,
            Reference = "PAY-" + Guid.NewGuid().ToString("N")[..12].ToUpper(CultureInfo.InvariantCulture),
            Amount = request.Amount.Amount,
            Currency = request.Amount.Currency,
            Instrument = request.Instrument,
            AcceptedAt = now,
            SettlesAt = now + Settings.SettlementDelay,
        };
        db.PayoutLedger.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ToPayout(entry);
        }
        catch (DbUpdateException)
        {
            // A concurrent call with the same key won the insert: answer with its payout.
            db.ChangeTracker.Clear();
            return await FindAsync(db, request.IdempotencyKey, cancellationToken)
                ?? throw new PaymentTransientException($"The ledger refused payout {request.IdempotencyKey}.");
        }
    }

    private static Payout ToPayout(PayoutLedgerEntry entry) =>
        new(entry.IdempotencyKey, entry.Reference, new Money(entry.Amount, entry.Currency), entry.AcceptedAt, entry.SettlesAt);
}

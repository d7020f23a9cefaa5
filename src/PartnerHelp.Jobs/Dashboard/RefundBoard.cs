namespace PartnerHelp.Jobs.Dashboard;

/// <summary>The refunds board: counts and totals per state, and every refund's age against the 30-day promise.</summary>
public sealed record RefundBoard(IReadOnlyList<RefundBoardRow> Rows, IReadOnlyList<RefundTotal> Totals, IReadOnlyDictionary<string, int> CountByStatus)
{
    /// <summary>Which page of rows this is (1 = newest).</summary>
    public int Page { get; init; } = 1;

    /// <summary>Whether older refunds follow on the next page.</summary>
    public bool HasMore { get; init; }
}

/// <summary>One refund with its age.</summary>
public sealed record RefundBoardRow(string RefundId, string OrderId, string PartnerId, decimal Amount, string Currency, string Status, DateTimeOffset RequestedAt, DateTimeOffset? CompletedAt, double AgeDays, string Promise);

/// <summary>The total of one currency in one state.</summary>
public sealed record RefundTotal(string Status, string Currency, int Count, decimal Amount);

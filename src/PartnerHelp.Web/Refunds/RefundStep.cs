using PartnerHelp.Core.Refunds;

namespace PartnerHelp.Web.Refunds;

/// <summary>One step of a refund's timeline: reached (with its date) or still ahead.</summary>
public sealed record RefundStep(RefundStatus Status, string Label, DateTimeOffset? At, string? AtText, bool Reached);

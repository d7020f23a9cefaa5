using PartnerHelp.Infrastructure.Memberships;

namespace PartnerHelp.Web.Bot.Dialog;

/// <summary>
/// The membership order a turn is about, read once for the turn by <see cref="OrderAnswers.ReadAsync"/>: the id asked
/// about and the order's view for this user, decided by the eligibility service, or null when they may not see it (or
/// are not signed in). The refund-topic rule and the answer both use this view; the next turn reads the order again.
/// </summary>
/// <param name="Id">The order id the turn is about, as resolved.</param>
/// <param name="View">The order as the pages see it for this user now, or null.</param>
public sealed record TurnOrder(string Id, OrderView? View);

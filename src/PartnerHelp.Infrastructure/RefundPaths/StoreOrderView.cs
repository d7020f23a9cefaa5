using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.StoreOrders;

namespace PartnerHelp.Infrastructure.RefundPaths;

/// <summary>A store order with each item and the decision on cancelling it.</summary>
public sealed record StoreOrderView(StoreOrder Order, IReadOnlyList<(StoreOrderItem Item, EligibilityResult Cancel)> Items);

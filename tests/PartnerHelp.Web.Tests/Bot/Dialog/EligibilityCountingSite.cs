using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnerHelp.Core.Accounts;
using PartnerHelp.Core.Eligibility;
using PartnerHelp.Core.Memberships;
using PartnerHelp.Core.Partners;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Bot.Dialog;

/// <summary>
/// The site with the one eligibility service wrapped in a counter of the membership orders it decides. Every read of an
/// order's view (<c>PartnerOrders</c>) decides it there, so the count of an order is how many times it was read.
/// </summary>
public sealed class EligibilityCountingSite : PartnerHelpFactory
{
    private readonly ConcurrentDictionary<string, int> _orders = new(StringComparer.Ordinal);

    /// <summary>How many times <paramref name="orderId"/> was decided since the last <see cref="Reset"/>.</summary>
    public int OrderEvaluations(string orderId) => _orders.GetValueOrDefault(orderId);

    /// <summary>Starts counting afresh.</summary>
    public void Reset() => _orders.Clear();

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.TryAddSingleton<EligibilityService>();
            services.Replace(ServiceDescriptor.Singleton<IEligibilityService>(provider =>
                new Counting(provider.GetRequiredService<EligibilityService>(), _orders)));
        });
    }

    private sealed class Counting(IEligibilityService inner, ConcurrentDictionary<string, int> orders) : IEligibilityService
    {
        public EligibilityResult Evaluate<TSubject>(TSubject subject, Partner partner, Requester requester)
            where TSubject : IEligibilitySubject
        {
            if (subject is MembershipOrder order)
            {
                orders.AddOrUpdate(order.Id, 1, (_, count) => count + 1);
            }

            return inner.Evaluate(subject, partner, requester);
        }
    }
}

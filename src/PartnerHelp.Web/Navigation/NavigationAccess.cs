using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace PartnerHelp.Web.Navigation;

/// <summary>
/// Whether a user satisfies a policy, for deciding which links to show. It runs the policy exactly as
/// <see cref="DefaultAuthorizationService"/> does — the registered policy provider, context factory, handlers and
/// evaluator, and <see cref="AuthorizationOptions.InvokeHandlersAfterFailure"/> — but neither logs nor counts the
/// answer. The default service formats its <c>UserAuthorizationFailed</c> message (every failed requirement's
/// <c>ToString()</c>) for each policy a user fails even when that log level is off, which was most of the side
/// navigation's cost on every page (docs/performance.md), and it counts each answer as an authorization attempt in
/// the <c>aspnetcore.authorization.attempts</c> metric, where a menu's checks are not attempts by anyone to reach
/// anything. Access itself is still decided by the authorization middleware and the page's own policy.
/// </summary>
public sealed class NavigationAccess(
    IAuthorizationPolicyProvider policies,
    IAuthorizationHandlerContextFactory contexts,
    IAuthorizationHandlerProvider handlers,
    IAuthorizationEvaluator evaluator,
    IOptions<AuthorizationOptions> options)
{
    /// <summary>
    /// The entries of <see cref="SiteNavigation.Items"/> <paramref name="user"/> sees, in order: those without a policy, and
    /// for a signed-in user those whose policy the user satisfies. Seven entries name three policies: each is evaluated once.
    /// </summary>
    public async Task<IReadOnlyList<NavItem>> VisibleAsync(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var signedIn = user.Identity?.IsAuthenticated == true;
        var visible = new List<NavItem>(SiteNavigation.Items.Count);
        var allowed = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var item in SiteNavigation.Items)
        {
            if (item.Policy is null)
            {
                visible.Add(item);
            }
            else if (signedIn)
            {
                if (!allowed.TryGetValue(item.Policy, out var allows))
                {
                    allows = await AllowsAsync(user, item.Policy).ConfigureAwait(false);
                    allowed[item.Policy] = allows;
                }

                if (allows)
                {
                    visible.Add(item);
                }
            }
        }

        return visible;
    }

    /// <summary>Whether <paramref name="user"/> satisfies the policy named <paramref name="policyName"/>.</summary>
    /// <exception cref="InvalidOperationException">No policy has that name (as <see cref="DefaultAuthorizationService"/>).</exception>
    public async Task<bool> AllowsAsync(ClaimsPrincipal user, string policyName)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(policyName);
        var policy = await policies.GetPolicyAsync(policyName).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"No policy found: {policyName}.");
        var context = contexts.CreateContext(policy.Requirements, user, resource: null);
        foreach (var handler in await handlers.GetHandlersAsync(context).ConfigureAwait(false))
        {
            await handler.HandleAsync(context).ConfigureAwait(false);
            if (!options.Value.InvokeHandlersAfterFailure && context.HasFailed)
            {
                break;
            }
        }

        return evaluator.Evaluate(context).Succeeded;
    }
}

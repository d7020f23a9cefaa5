using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;
using PartnerHelp.Web.Pages;

namespace PartnerHelp.Web.Security;

/// <summary>
/// The antiforgery check of a page whose refusal should read as the page's own: a post without a valid token (missing,
/// expired, or another session's) runs the page's GET handler instead of the post handler, so it only reads, and the page
/// is shown with <see cref="MessageKey"/> from <see cref="Resource"/> and a 400. Pages without this attribute keep the
/// framework's check, whose 400 is the localized status page.
/// </summary>
/// <remarks>
/// It is the page's <see cref="IAntiforgeryPolicy"/>, so the framework's automatic check stands aside for it, as it does
/// for <see cref="IgnoreAntiforgeryTokenAttribute"/> (the same order); the token is still checked, here.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AntiforgeryRefusalAttribute(Type resource, string messageKey) : Attribute, IAsyncPageFilter, IAntiforgeryPolicy, IOrderedFilter
{
    private static readonly object Refused = new();

    /// <summary>The resource class the message is in.</summary>
    public Type Resource { get; } = resource;

    /// <summary>The message's key: the form had expired or did not come from this page, so nothing changed.</summary>
    public string MessageKey { get; } = messageKey;

    /// <inheritdoc />
    public int Order => 1000;

    /// <inheritdoc />
    public async Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (!context.IsEffectivePolicy<IAntiforgeryPolicy>(this) || await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            return;
        }

        http.Items[Refused] = true;
        context.HandlerMethod = context.ActionDescriptor.HandlerMethods.FirstOrDefault(h => string.Equals(h.HttpMethod, HttpMethods.Get, StringComparison.OrdinalIgnoreCase) && h.Name is null);
    }

    /// <inheritdoc />
    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!context.HttpContext.Items.ContainsKey(Refused))
        {
            await next();
            return;
        }

        if (context.HandlerInstance is not PartnerPageModel page || context.HandlerMethod is null)
        {
            // No read-only handler to show the page with: refuse without running anything.
            context.Result = new BadRequestResult();
            return;
        }

        var executed = await next();
        if (executed.Exception is null && executed.Result is PageResult)
        {
            // The post is refused as a whole; what its fields held is not the question any more.
            page.ModelState.Clear();
            var localizer = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizerFactory>().Create(Resource);
            executed.Result = page.Refuse(StatusCodes.Status400BadRequest, localizer[MessageKey]);
        }
    }
}

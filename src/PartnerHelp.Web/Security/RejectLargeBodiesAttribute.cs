using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace PartnerHelp.Web.Security;

/// <summary>
/// Refuses a request body over <paramref name="maxBytes"/> with 413 before model binding sees it: a
/// declared Content-Length is checked at once; otherwise the form is read here under that limit (and
/// the server's own limit is lowered), so an oversized upload is a 413, never a 500. The status-code
/// page then explains it in the user's language.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RejectLargeBodiesAttribute(long maxBytes) : Attribute, IAsyncResourceFilter, IOrderedFilter
{
    /// <summary>The largest body accepted.</summary>
    public long MaxBytes { get; } = maxBytes;

    /// <summary>Runs before other resource filters.</summary>
    public int Order => int.MinValue;

    /// <inheritdoc />
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        if (request.ContentLength > MaxBytes)
        {
            Refuse(context, StatusCodes.Status413PayloadTooLarge);
            return;
        }

        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBytes;
        }

        if (request.HasFormContentType)
        {
            try
            {
                // Read once under the limit; model binding then uses the cached form.
                await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = MaxBytes }, context.HttpContext.RequestAborted);
            }
            catch (InvalidDataException)
            {
                // Only the form limits throw this: the body is too large.
                Refuse(context, StatusCodes.Status413PayloadTooLarge);
                return;
            }
            catch (BadHttpRequestException exception)
            {
                Refuse(context, exception.StatusCode);
                return;
            }
        }

        await next();
    }

    private static void Refuse(ResourceExecutingContext context, int status)
    {
        // The error page is rendered by re-executing this request: give it an empty form, so it never reads the refused body.
        context.HttpContext.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        context.Result = new StatusCodeResult(status);
    }
}

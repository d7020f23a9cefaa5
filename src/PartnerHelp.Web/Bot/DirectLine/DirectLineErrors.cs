using Microsoft.Extensions.Localization;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Bot.DirectLine;

/// <summary>Direct Line error responses: <c>{"error":{"code","message"}}</c> with a localized message, never a stack trace.</summary>
public sealed class DirectLineErrors(IStringLocalizer<ChatResource> text)
{
    /// <summary>401: no usable Authorization header.</summary>
    public IResult Unauthorized() => Error(StatusCodes.Status401Unauthorized, "BadArgument", "Error_Unauthorized");

    /// <summary>403: the token is not good for this.</summary>
    public IResult Forbidden() => Error(StatusCodes.Status403Forbidden, "Forbidden", "Error_Forbidden");

    /// <summary>403 with code TokenExpired.</summary>
    public IResult Expired() => Error(StatusCodes.Status403Forbidden, "TokenExpired", "Error_TokenExpired");

    /// <summary>404: unknown conversation.</summary>
    public IResult NotFound() => Error(StatusCodes.Status404NotFound, "BadArgument", "Error_NotFound");

    /// <summary>400: unreadable or invalid activity.</summary>
    public IResult BadActivity() => Error(StatusCodes.Status400BadRequest, "BadArgument", "Error_BadActivity");

    /// <summary>400: the message text is longer than <paramref name="limit"/> characters.</summary>
    public IResult TextTooLong(int limit) =>
        Results.Json(new { error = new { code = "MessageSizeExceeded", message = text["Error_TextTooLong", limit.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)].Value } }, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>413: the body is larger than the endpoint reads.</summary>
    public IResult TooLarge() => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeExceeded", "Error_TooLarge");

    /// <summary>502: the bot failed.</summary>
    public IResult BotFailed() => Error(StatusCodes.Status502BadGateway, "BotError", "Error_BotFailed");

    /// <summary>501: uploads are not supported.</summary>
    public IResult UploadNotSupported() => Error(StatusCodes.Status501NotImplemented, "NotImplemented", "Error_UploadNotSupported");

    /// <summary>403: a serviceUrl the bot will not post to.</summary>
    public IResult ServiceUrlRefused() => Error(StatusCodes.Status403Forbidden, "Forbidden", "Error_ServiceUrl");

    /// <summary>429: flooding.</summary>
    public IResult TooManyRequests() => Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Error_TooMany");

    /// <summary>The body for any status.</summary>
    public IResult Error(int status, string code, string key) =>
        Results.Json(new { error = new { code, message = text[key].Value } }, statusCode: status);
}

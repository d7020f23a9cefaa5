using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PartnerHelp.Web.Pages.Errors;

/// <summary>The localized page for 400, 403, 404, 413, 429 and 500 (reached by status-code re-execution).</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    /// <summary>The status code being explained.</summary>
    public int Code { get; private set; }

    /// <summary>The resource key prefix for the code.</summary>
    public string Key => Code switch
    {
        404 => "Error_NotFound",
        403 => "Error_Forbidden",
        400 => "Error_BadRequest",
        413 => "Error_PayloadTooLarge",
        429 => "Error_TooManyRequests",
        _ => "Error_Generic",
    };

    /// <summary>Renders the explanation, keeping the original status code.</summary>
    public void OnGet() => Set(RouteCode());

    /// <summary>Re-executed POSTs (e.g. an antiforgery failure) land here too.</summary>
    public void OnPost() => Set(RouteCode());

    // The code comes from the route, never model binding: a re-executed POST whose form cannot be read (a NUL in a
    // value) would fail binding, leave the code at 0 and turn the 400 into a 500.
    private int RouteCode() =>
        int.TryParse(RouteData.Values["code"] as string, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : 500;

    private void Set(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 500;
        Response.StatusCode = Code;
    }
}

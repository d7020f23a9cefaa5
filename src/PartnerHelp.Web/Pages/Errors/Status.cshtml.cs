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
    public void OnGet(int code) => Set(code);

    /// <summary>Re-executed POSTs (e.g. an antiforgery failure) land here too.</summary>
    public void OnPost(int code) => Set(code);

    private void Set(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 500;
        Response.StatusCode = Code;
    }
}

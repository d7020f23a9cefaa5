using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PartnerHelp.Web.Pages;

/// <summary>
/// A page that refuses a post by showing itself again: the same page, a localized message saying why and that nothing
/// changed, and a status code telling machines the same. Field errors stay in <see cref="PageModel.ModelState"/>; this
/// is the message for the post as a whole (invalid fields, an expired form, or the eligibility service's no).
/// </summary>
public abstract class PartnerPageModel : PageModel
{
    /// <summary>Why the last post was refused, when it was.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the page again with <paramref name="message"/> and <paramref name="status"/>.</summary>
    public PageResult Refuse(int status, string message)
    {
        Error = message;
        Response.StatusCode = status;
        return Page();
    }
}

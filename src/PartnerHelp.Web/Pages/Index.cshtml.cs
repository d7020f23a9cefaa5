using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PartnerHelp.Web.Pages;

/// <summary>The help hub: what can be refunded and how.</summary>
public sealed class IndexModel : PageModel
{
    /// <summary>Renders the page.</summary>
    public void OnGet()
    {
    }
}

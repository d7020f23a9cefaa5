using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerHelp.Infrastructure.Identity;

namespace PartnerHelp.Web.Pages.Account;

/// <summary>Signs out (POST with antiforgery); GET asks for confirmation.</summary>
public sealed class SignOutModel(SignInManager<ApplicationUser> signIn) : PageModel
{
    /// <summary>Shows the confirmation.</summary>
    public void OnGet()
    {
    }

    /// <summary>Signs out and goes home.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Index");
    }
}

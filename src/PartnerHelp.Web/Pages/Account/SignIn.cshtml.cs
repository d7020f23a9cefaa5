using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PartnerHelp.Infrastructure.Demo;
using PartnerHelp.Infrastructure.Identity;
using PartnerHelp.Web.Localization;
using PartnerHelp.Web.Security;

namespace PartnerHelp.Web.Pages.Account;

/// <summary>Cookie sign-in with e-mail and password; the account locks after repeated failures.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInModel(
    SignInManager<ApplicationUser> signIn,
    IOptions<DemoOptions> demo,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The form.</summary>
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    /// <summary>Where to go after signing in (local URLs only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Whether to show the demo password.</summary>
    public bool DemoEnabled => demo.Value.Enabled;

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Signs in and returns to where the user was going.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Index");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut ? localizer["SignIn_LockedOut"] : localizer["SignIn_Failed"]);
        return Page();
    }

    /// <summary>The sign-in form fields.</summary>
    public sealed class SignInInput
    {
        /// <summary>E-mail address.</summary>
        [Required(ErrorMessage = "Validation_Required")]
        [EmailAddress(ErrorMessage = "Validation_Email")]
        [StringLength(256, ErrorMessage = "Validation_TooLong")]
        [Display(Name = "SignIn_Email")]
        public string Email { get; set; } = string.Empty;

        /// <summary>Password.</summary>
        [Required(ErrorMessage = "Validation_Required")]
        [StringLength(128, ErrorMessage = "Validation_TooLong")]
        [DataType(DataType.Password)]
        [Display(Name = "SignIn_Password")]
        public string Password { get; set; } = string.Empty;
    }
}

using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PartnerHelp.Web.Validation;

/// <summary>
/// Leaves out an <c>asp-validation-for</c> message while its field has no error, so an error element (and the id a
/// field's <c>aria-describedby</c> names) exists only when there is something to say.
/// </summary>
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class ValidationMessageWhenInvalidTagHelper : TagHelper
{
    /// <summary>The field.</summary>
    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression For { get; set; } = null!;

    /// <summary>The page being rendered.</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>After the framework's validation message helper has had its say.</summary>
    public override int Order => 100;

    /// <inheritdoc />
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (ViewContext.ModelState.GetFieldValidationState(For.Name) != ModelValidationState.Invalid)
        {
            output.SuppressOutput();
        }
    }
}

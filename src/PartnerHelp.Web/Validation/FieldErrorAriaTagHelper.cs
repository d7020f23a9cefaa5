using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PartnerHelp.Web.Validation;

/// <summary>
/// Ties a field to its error for assistive technology: when the field named by <c>aria-errors-for</c> has an error,
/// the element's <c>aria-describedby</c> gains <c>aria-error-id</c> (the <c>asp-validation-for</c> message's id) and,
/// unless it is a fieldset, <c>aria-invalid="true"</c>.
/// </summary>
[HtmlTargetElement(Attributes = ForAttribute + "," + IdAttribute)]
public sealed class FieldErrorAriaTagHelper : TagHelper
{
    private const string ForAttribute = "aria-errors-for";
    private const string IdAttribute = "aria-error-id";

    /// <summary>The field.</summary>
    [HtmlAttributeName(ForAttribute)]
    public ModelExpression For { get; set; } = null!;

    /// <summary>The id of the element showing its error.</summary>
    [HtmlAttributeName(IdAttribute)]
    public string ErrorId { get; set; } = string.Empty;

    /// <summary>The page being rendered.</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <inheritdoc />
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (ViewContext.ModelState.GetFieldValidationState(For.Name) != ModelValidationState.Invalid)
        {
            return;
        }

        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? $"{existing.Value} {ErrorId}" : ErrorId;
        output.Attributes.SetAttribute("aria-describedby", describedBy);
        if (!string.Equals(output.TagName, "fieldset", StringComparison.OrdinalIgnoreCase))
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
        }
    }
}

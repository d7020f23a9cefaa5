using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.Localization;

namespace PartnerHelp.Web.Validation;

/// <summary>Turns a <see cref="LocalizedValidationAttribute"/>'s key and arguments into the message in the request's language.</summary>
public sealed class LocalizedAttributeAdapter(LocalizedValidationAttribute attribute, IStringLocalizer? localizer)
    : AttributeAdapterBase<LocalizedValidationAttribute>(attribute, localizer)
{
    /// <summary>Nothing: the forms are <c>novalidate</c> and the server is the one that checks.</summary>
    public override void AddValidation(ClientModelValidationContext context)
    {
    }

    /// <inheritdoc />
    public override string GetErrorMessage(ModelValidationContextBase validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        var metadata = validationContext.ModelMetadata;
        var field = validationContext as ModelValidationContext;
        return GetErrorMessage(metadata, Attribute.MessageArguments(metadata.GetDisplayName(), field?.Model, field?.Container));
    }
}

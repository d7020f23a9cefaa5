using System.Reflection;
using Microsoft.Extensions.Localization;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Validation;

/// <summary>
/// Names the resource a form's labels and validation messages are in (<c>[Display(Name = key)]</c>,
/// <c>ErrorMessage = key</c>); a form without it uses <see cref="SharedResource"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ValidationResourceAttribute(Type resource) : Attribute
{
    /// <summary>The resource marker class, e.g. <see cref="TicketResource"/>.</summary>
    public Type Resource { get; } = resource;

    /// <summary>The data-annotation localizer provider: the form's resource, or the shared one.</summary>
    public static IStringLocalizer Localizer(Type form, IStringLocalizerFactory factory)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(factory);
        return factory.Create(form.GetCustomAttribute<ValidationResourceAttribute>()?.Resource ?? typeof(SharedResource));
    }
}

using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace PartnerHelp.Web.Validation;

/// <summary>
/// The framework's model-binding errors ("The value 'x' is not valid for y.") in the request's language: every
/// accessor of the message provider reads SharedResource when binding runs, so the culture of that request decides.
/// The field named is the property's <c>[Display]</c> label from its form's resource.
/// </summary>
public static class LocalizedBindingMessages
{
    /// <summary>The most characters of a refused value repeated in a message; the rest is cut with an ellipsis.</summary>
    public const int MaxValueShown = 40;

    /// <summary>Points every accessor of <paramref name="messages"/> at <paramref name="shared"/>.</summary>
    public static void Apply(DefaultModelBindingMessageProvider messages, IStringLocalizer shared)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(shared);
        messages.SetMissingBindRequiredValueAccessor(name => shared["Binding_MissingValueFor", name]);
        messages.SetMissingKeyOrValueAccessor(() => shared["Binding_ValueRequired"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => shared["Binding_EmptyRequest"]);
        messages.SetValueMustNotBeNullAccessor(_ => shared["Binding_ValueRequired"]);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => shared["Binding_ValueNotValidFor", Shown(value), field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => shared["Binding_ValueNotValid", Shown(value)]);
        messages.SetValueIsInvalidAccessor(value => shared["Binding_ValueNotValid", Shown(value)]);
        messages.SetUnknownValueIsInvalidAccessor(field => shared["Binding_UnknownValueNotValidFor", field]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => shared["Binding_UnknownValueNotValid"]);
        messages.SetValueMustBeANumberAccessor(field => shared["Binding_NumberFor", field]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => shared["Binding_Number"]);
    }

    /// <summary>A refused value as a message repeats it: whitespace collapsed, and long ones cut short.</summary>
    public static string Shown(string? value)
    {
        var text = string.Join(' ', (value ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= MaxValueShown)
        {
            return text;
        }

        // Never half a surrogate pair (an emoji, a rare CJK character) before the ellipsis.
        var cut = char.IsHighSurrogate(text[MaxValueShown - 1]) ? MaxValueShown - 1 : MaxValueShown;
        return string.Concat(text.AsSpan(0, cut), "…");
    }
}

using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace PartnerHelp.Web.Validation;

/// <summary>
/// Binds booleans as the framework does, but forgets a posted value that is not a boolean once its (localized) error is
/// recorded. The form is shown again with that error, and the framework's checkbox (<c>asp-for</c>) reads a field's
/// posted value back as a boolean, throwing on anything else: <c>confirm=garbage</c> would be a 500 instead of a
/// refusal (dotnet/aspnetcore#55512, closed as by design). Without the posted value the box shows the bound model,
/// unticked. Registered just before the framework's simple-type binder, so body and service binding are untouched.
/// </summary>
public sealed class BooleanBinderProvider : IModelBinderProvider
{
    /// <inheritdoc />
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Metadata.UnderlyingOrModelType == typeof(bool)
            ? new BooleanBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, context.Services.GetRequiredService<ILoggerFactory>()))
            : null;
    }

    /// <summary>Puts the provider in front of the framework's <see cref="SimpleTypeModelBinderProvider"/>.</summary>
    public static void Register(IList<IModelBinderProvider> providers)
    {
        ArgumentNullException.ThrowIfNull(providers);
        var simple = providers.Select((provider, index) => (provider, index)).First(p => p.provider is SimpleTypeModelBinderProvider).index;
        providers.Insert(simple, new BooleanBinderProvider());
    }

    private sealed class BooleanBinder(SimpleTypeModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (!bindingContext.Result.IsModelSet
                && bindingContext.ModelState.TryGetValue(bindingContext.ModelName, out var entry)
                && entry.ValidationState == ModelValidationState.Invalid)
            {
                entry.RawValue = null;
            }
        }
    }
}

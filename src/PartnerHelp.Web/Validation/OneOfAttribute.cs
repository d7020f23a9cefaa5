namespace PartnerHelp.Web.Validation;

/// <summary>A choice that must be exactly one of <see cref="Values"/>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class OneOfAttribute(params string[] values) : LocalizedValidationAttribute
{
    /// <summary>The accepted values.</summary>
    public IReadOnlyList<string> Values { get; } = values;

    /// <inheritdoc />
    public override bool IsValid(object? value) => value is string text && Values.Contains(text, StringComparer.Ordinal);
}

namespace PartnerHelp.Web.Validation;

/// <summary>A choice posted as the name of one of <see cref="EnumType"/>'s values, exactly; a number or an unknown name is refused.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class EnumNameAttribute(Type enumType) : LocalizedValidationAttribute
{
    /// <summary>The enum the name must belong to.</summary>
    public Type EnumType { get; } = enumType;

    /// <inheritdoc />
    public override bool IsValid(object? value) =>
        value is string name && Enum.GetNames(EnumType).Contains(name, StringComparer.Ordinal);
}

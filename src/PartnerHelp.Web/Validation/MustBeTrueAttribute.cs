namespace PartnerHelp.Web.Validation;

/// <summary>A confirmation box that must be ticked.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class MustBeTrueAttribute : LocalizedValidationAttribute
{
    /// <inheritdoc />
    public override bool IsValid(object? value) => value is true;
}

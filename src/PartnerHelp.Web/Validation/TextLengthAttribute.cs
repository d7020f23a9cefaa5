using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Validation;

/// <summary>
/// Free text of at most <see cref="MaxLength"/> characters once trimmed with line breaks counted as one (how it is
/// stored); with <see cref="Required"/>, blank is refused with the same message. The message's arguments are the label,
/// the limit and the length entered.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class TextLengthAttribute(int maxLength) : LocalizedValidationAttribute
{
    /// <summary>The most characters accepted.</summary>
    public int MaxLength { get; } = maxLength;

    /// <summary>Whether blank is refused too.</summary>
    public bool Required { get; init; }

    /// <summary>The text as it is counted and stored.</summary>
    public static string Normalize(string? value) => value?.ReplaceLineEndings("\n").Trim() ?? string.Empty;

    /// <inheritdoc />
    public override bool IsValid(object? value)
    {
        var length = Normalize(value as string).Length;
        return length <= MaxLength && !(Required && length == 0);
    }

    /// <inheritdoc />
    public override object[] MessageArguments(string displayName, object? value, object? container) =>
        [displayName, DisplayFormats.Number(MaxLength), DisplayFormats.Number(Normalize(value as string).Length)];
}

using System.Globalization;
using PartnerHelp.Infrastructure.RefundPaths;
using PartnerHelp.Web.Validation;

namespace PartnerHelp.Web.Pages.CreditRequests;

/// <summary>
/// An upload of at most <see cref="UploadCheck.MaxBytes"/>, judged by the size the request declares for it (its bytes
/// are not read); the message's arguments are the file's size and the limit, in MB.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class UploadSizeAttribute : LocalizedValidationAttribute
{
    /// <inheritdoc />
    public override bool IsValid(object? value) => value is not IFormFile file || file.Length <= UploadCheck.MaxBytes;

    /// <inheritdoc />
    public override object[] MessageArguments(string displayName, object? value, object? container) =>
        [Megabytes((value as IFormFile)?.Length ?? 0), Megabytes(UploadCheck.MaxBytes)];

    // Rounded up to a tenth, so a file just over the limit never reads as exactly the limit.
    private static string Megabytes(long bytes) =>
        (Math.Ceiling(bytes * 10m / (1024m * 1024m)) / 10m).ToString("0.#", CultureInfo.CurrentCulture);
}

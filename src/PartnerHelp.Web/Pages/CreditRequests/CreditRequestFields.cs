using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using PartnerHelp.Infrastructure.RefundPaths;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Pages.CreditRequests;

/// <summary>
/// Reads the credit request form's upload, refusing one too large or of a type not accepted with a localized field
/// error. Not a validation attribute: it needs the file's bytes, read asynchronously.
/// </summary>
internal sealed class CreditRequestFields(IStringLocalizer<CreditRequestsResource> localizer, ModelStateDictionary modelState)
{
    /// <summary>
    /// The upload's bytes (empty when missing or refused). A refused file gets a field error saying why;
    /// the eligibility service then reports the form as missing among the other reasons.
    /// </summary>
    public async Task<(byte[] Content, string? FileName, string? ContentType)> ReadUploadAsync(string key, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return ([], file?.FileName, file?.ContentType);
        }

        var types = string.Join(", ", UploadCheck.Extensions);
        if (file.Length > UploadCheck.MaxBytes)
        {
            modelState.AddModelError(key, localizer["CreditNew_Validation_FileTooLarge", Megabytes(file.Length), Megabytes(UploadCheck.MaxBytes)]);
            return ([], file.FileName, file.ContentType);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        if (!UploadCheck.IsAcceptable(file.FileName, file.ContentType, content, out _, out _))
        {
            modelState.AddModelError(key, localizer["CreditNew_Validation_FileType", types]);
            return ([], file.FileName, file.ContentType);
        }

        return (content, file.FileName, file.ContentType);
    }

    // Rounded up to a tenth, so a file just over the limit never reads as exactly the limit.
    private static string Megabytes(long bytes) =>
        (Math.Ceiling(bytes * 10m / (1024m * 1024m)) / 10m).ToString("0.#", System.Globalization.CultureInfo.CurrentCulture);
}

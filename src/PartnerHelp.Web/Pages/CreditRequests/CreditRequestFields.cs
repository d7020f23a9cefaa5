using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using PartnerHelp.Infrastructure.RefundPaths;
using PartnerHelp.Web.Localization;

namespace PartnerHelp.Web.Pages.CreditRequests;

/// <summary>
/// Reads the credit request form's upload, refusing one of a type not accepted with a localized field error. Not a
/// validation attribute: the type is judged by the file's first bytes too, read asynchronously, and validation
/// attributes run synchronously (blocking on the request's body). Its size is <see cref="UploadSizeAttribute"/>'s.
/// </summary>
internal sealed class CreditRequestFields(IStringLocalizer<CreditRequestsResource> localizer, ModelStateDictionary modelState)
{
    /// <summary>
    /// The upload's bytes (empty when missing or refused). A file of the wrong type gets a field error saying why;
    /// the eligibility service then reports the form as missing among the other reasons.
    /// </summary>
    public async Task<(byte[] Content, string? FileName, string? ContentType)> ReadUploadAsync(string key, IFormFile? file, CancellationToken cancellationToken)
    {
        // Too large: [UploadSize] has refused it already, so it is not worth reading.
        if (file is null || file.Length == 0 || file.Length > UploadCheck.MaxBytes)
        {
            return ([], file?.FileName, file?.ContentType);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        if (!UploadCheck.IsAcceptable(file.FileName, file.ContentType, content, out _, out _))
        {
            modelState.AddModelError(key, localizer["CreditNew_Validation_FileType", string.Join(", ", UploadCheck.Extensions)]);
            return ([], file.FileName, file.ContentType);
        }

        return (content, file.FileName, file.ContentType);
    }
}

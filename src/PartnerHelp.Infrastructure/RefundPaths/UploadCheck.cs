namespace PartnerHelp.Infrastructure.RefundPaths;

/// <summary>
/// What an uploaded credit request form may be: at most 5 MB, a PDF, Word or Excel document or a PNG/JPEG
/// scan — judged by its extension, its declared type *and* its first bytes, so a renamed executable
/// or script is refused.
/// </summary>
public static class UploadCheck
{
    /// <summary>Largest accepted file.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    private static readonly Dictionary<string, (string ContentType, byte[] Magic)> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", "%PDF-"u8.ToArray()),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", [0x50, 0x4B, 0x03, 0x04]),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [0x50, 0x4B, 0x03, 0x04]),
        [".png"] = ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        [".jpg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".jpeg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
    };

    /// <summary>The accepted extensions, for the form's accept attribute and messages.</summary>
    public static IReadOnlyCollection<string> Extensions => Allowed.Keys;

    /// <summary>Whether the upload is acceptable; <paramref name="safeName"/> is the name to keep (never a path).</summary>
    public static bool IsAcceptable(string? fileName, string? contentType, ReadOnlySpan<byte> content, out string safeName, out string normalizedType)
    {
        safeName = SafeName(fileName);
        normalizedType = string.Empty;
        var extension = Path.GetExtension(safeName);
        if (content.Length == 0 || content.Length > MaxBytes || !Allowed.TryGetValue(extension, out var rule))
        {
            return false;
        }

        if (!string.Equals(contentType, rule.ContentType, StringComparison.OrdinalIgnoreCase) && !string.Equals(contentType, "application/octet-stream", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        normalizedType = rule.ContentType;
        return content.StartsWith(rule.Magic);
    }

    /// <summary>The file's own name without any folder part or control characters, at most 120 characters.</summary>
    public static string SafeName(string? fileName)
    {
        var name = (fileName ?? string.Empty).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('<' or '>' or ':' or '"' or '|' or '?' or '*')).ToArray()).Trim().TrimStart('.');
        return name.Length <= 120 ? name : name[^120..];
    }
}

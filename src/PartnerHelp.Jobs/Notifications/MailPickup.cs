using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace PartnerHelp.Jobs.Notifications;

/// <summary>
/// Delivers e-mail by writing RFC 5322 files to a pickup folder (no mail server here). The file name
/// derives from what the mail is about, so a job that runs twice rewrites one file instead of sending twice.
/// </summary>
public sealed class MailPickup(IOptions<JobsOptions> options, JobsPaths paths, TimeProvider time)
{
    /// <summary>The folder mails are written to.</summary>
    public string Folder => options.Value.MailPickupFolder is { Length: > 0 } folder ? folder : Path.Combine(paths.DataFolder, "mail-pickup");

    /// <summary>Writes one mail; returns the file name.</summary>
    public async Task<string> WriteAsync(string fileKey, IReadOnlyCollection<string> recipients, MailMessageText message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(message);
        Directory.CreateDirectory(Folder);
        var name = string.Concat(fileKey.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-')) + ".eml";
        var text = new StringBuilder()
            .Append("From: PartnerHelp <no-reply@partnerhelp.example>\r\n")
            .Append("To: ").Append(recipients.Count == 0 ? "undisclosed-recipients:;" : string.Join(", ", recipients)).Append("\r\n")
            .Append("Subject: =?utf-8?B?").Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(message.Subject))).Append("?=\r\n")
            .Append("Date: ").Append(time.GetUtcNow().ToString("r", CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n")
            .Append("Content-Transfer-Encoding: 8bit\r\n\r\n")
            .Append(message.Body.ReplaceLineEndings("\r\n")).Append("\r\n")
            .ToString();

        // Write then rename, so a reader of the pickup folder never sees half a mail. The temporary name is
        // unique: two runs settling one refund at once (the loser's commit is refused) each write their own.
        var path = Path.Combine(Folder, name);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllTextAsync(temp, text, new UTF8Encoding(false), cancellationToken);
        File.Move(temp, path, overwrite: true);
        return name;
    }
}

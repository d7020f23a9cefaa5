namespace PartnerHelp.Core.CreditRequests;

/// <summary>
/// The uploaded credit request form's bytes, kept in the database beside its request: every node sees
/// it, and an uploaded file name never becomes a path.
/// </summary>
public sealed class CreditRequestForm
{
    private CreditRequestForm()
    {
        RequestId = string.Empty;
        Content = [];
    }

    /// <summary>Stores the form of <paramref name="requestId"/>.</summary>
    public CreditRequestForm(string requestId, byte[] content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        ArgumentNullException.ThrowIfNull(content);
        RequestId = requestId;
        Content = content;
    }

    /// <summary>The credit request.</summary>
    public string RequestId { get; private set; }

    /// <summary>The file's bytes.</summary>
    public byte[] Content { get; private set; }
}

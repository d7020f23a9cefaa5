using Microsoft.AspNetCore.Authentication;

namespace PartnerHelp.Web.Accounts;

/// <summary>
/// Remembers the sign-in cookies it has recently unprotected, so a session's next requests skip the decryption,
/// signature check and claims deserialization (the largest cost of a cached signed-in page after the network).
/// Keyed by the whole protected value, which only its holder has; a value that fails to unprotect is never
/// remembered; every caller gets its own copy of the ticket, so nothing one request does to its principal
/// reaches another. The handler still checks expiry and the security stamp on every request. A revoked data
/// protection key is honoured within <see cref="ShortMemory{TKey, TValue}.Lifetime"/> (about 2 KB a session).
/// </summary>
public sealed class RememberedTicketFormat(ISecureDataFormat<AuthenticationTicket> inner, TimeProvider time) : ISecureDataFormat<AuthenticationTicket>
{
    private readonly ShortMemory<string, AuthenticationTicket> _tickets = new(time);

    /// <inheritdoc />
    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    /// <inheritdoc />
    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    /// <inheritdoc />
    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, purpose: null);

    /// <inheritdoc />
    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null || purpose is not null)
        {
            return inner.Unprotect(protectedText, purpose);
        }

        if (_tickets.TryRecall(protectedText, out var known))
        {
            return Copy(known);
        }

        var ticket = inner.Unprotect(protectedText);
        if (ticket is null)
        {
            return null;
        }

        _tickets.Remember(protectedText, ticket);
        return Copy(ticket);
    }

    private static AuthenticationTicket Copy(AuthenticationTicket ticket) =>
        new(ticket.Principal.Clone(), ticket.Properties.Clone(), ticket.AuthenticationScheme);
}

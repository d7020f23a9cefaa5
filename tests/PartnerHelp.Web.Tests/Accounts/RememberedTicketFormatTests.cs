using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;
using PartnerHelp.Testing;
using PartnerHelp.Web.Accounts;

namespace PartnerHelp.Web.Tests.Accounts;

/// <summary>The sign-in cookie memo over the real ticket format and real (ephemeral) data protection keys.</summary>
public sealed class RememberedTicketFormatTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 7, 0, 0, TimeSpan.Zero));
    private readonly CountingFormat _real = new(new TicketDataFormat(new EphemeralDataProtectionProvider().CreateProtector("tickets")));

    [Fact]
    public void Unprotect_DecryptsOnce_WhileTheCookieIsRemembered()
    {
        var format = new RememberedTicketFormat(_real, _clock);
        var cookie = format.Protect(Ticket("user-1"));

        var first = format.Unprotect(cookie);
        _clock.Advance(ShortMemory<string, AuthenticationTicket>.Lifetime - TimeSpan.FromSeconds(1));
        var second = format.Unprotect(cookie);

        Assert.Equal(1, _real.Unprotected);
        Assert.Equal("user-1", first!.Principal.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.Equal("user-1", second!.Principal.FindFirstValue(ClaimTypes.NameIdentifier));
    }

    [Fact]
    public void Unprotect_DecryptsAgain_AfterTheLifetime()
    {
        var format = new RememberedTicketFormat(_real, _clock);
        var cookie = format.Protect(Ticket("user-1"));

        format.Unprotect(cookie);
        _clock.Advance(ShortMemory<string, AuthenticationTicket>.Lifetime);
        format.Unprotect(cookie);

        Assert.Equal(2, _real.Unprotected);
    }

    [Fact]
    public void Unprotect_GivesEachCallerItsOwnCopy()
    {
        var format = new RememberedTicketFormat(_real, _clock);
        var cookie = format.Protect(Ticket("user-1"));

        var first = format.Unprotect(cookie)!;
        first.Principal.AddIdentity(new ClaimsIdentity([new Claim(ClaimTypes.Role, "Operator")]));
        first.Properties.Items["changed"] = "yes";
        var second = format.Unprotect(cookie)!;

        Assert.NotSame(first.Principal, second.Principal);
        Assert.False(second.Principal.IsInRole("Operator"));
        Assert.False(second.Properties.Items.ContainsKey("changed"));
    }

    [Fact]
    public void Unprotect_RefusesAndNeverRemembers_ATamperedCookie()
    {
        var format = new RememberedTicketFormat(_real, _clock);
        var cookie = format.Protect(Ticket("user-1"));
        var tampered = cookie[..^4] + (cookie[^4] == 'A' ? "BBBB" : "AAAA");

        Assert.Null(format.Unprotect(tampered));
        Assert.Null(format.Unprotect(tampered));
        Assert.Equal(2, _real.Unprotected);
    }

    private static AuthenticationTicket Ticket(string userId) =>
        new(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "Identity.Application")), "Identity.Application");

    /// <summary>The real format, counting how often it decrypts.</summary>
    private sealed class CountingFormat(ISecureDataFormat<AuthenticationTicket> real) : ISecureDataFormat<AuthenticationTicket>
    {
        public int Unprotected { get; private set; }

        public string Protect(AuthenticationTicket data) => real.Protect(data);

        public string Protect(AuthenticationTicket data, string? purpose) => real.Protect(data, purpose);

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Unprotected++;
            return real.Unprotect(protectedText, purpose);
        }
    }
}

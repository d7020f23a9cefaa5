using System.Net;
using PartnerHelp.Core.Reservations;
using PartnerHelp.Testing;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages.Reservations;

/// <summary>Changing a reservation's scope and linked subscription; invalid forms get a localized field error and change nothing.</summary>
public sealed class ScopeTests
{
    private static readonly string Page = $"/{{0}}/reservations/{ReservationData.Vm}";

    private static string Action(string culture) => string.Format(Page, culture) + "?handler=Scope";

    [Fact]
    public async Task Post_LinksASingleSubscription_WhenValid()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "agent@northwind.example");
        var path = string.Format(Page, "en");

        var (response, _) = await session.PostFormAsync(path, Action("en"), new Dictionary<string, string> { ["Input.Scope"] = "SingleSubscription", ["Input.SubscriptionId"] = " sub-tailspin-dev " });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(path + "?done=scope", response.Headers.Location!.OriginalString);
        var reservation = await ReservationData.FindAsync(factory, ReservationData.Vm);
        Assert.Equal((ReservationScope.SingleSubscription, "sub-tailspin-dev"), (reservation.Scope, reservation.ScopeSubscriptionId));
        var (_, document) = await session.GetAsync(response.Headers.Location.OriginalString);
        Assert.Equal("The scope was changed.", document.QuerySelector("#reservation-done")!.TextContent.Trim());
    }

    public static TheoryData<string, Dictionary<string, string>, string, string> InvalidForms() => new()
    {
        { "en", new() { ["Input.Scope"] = "SingleSubscription" }, "#subscription-error", "Enter the linked subscription ID (letters, digits and hyphens, at most 64 characters)." },
        { "sv", new() { ["Input.Scope"] = "SingleSubscription", ["Input.SubscriptionId"] = "sub<script>" }, "#subscription-error", "Ange det länkade prenumerations-ID:t (bokstäver, siffror och bindestreck, högst 64 tecken)." },
        { "vi", new() { ["Input.Scope"] = "0" }, "#scope-error", "Hãy chọn nơi áp dụng giảm giá." },
        { "en", new() { ["Input.Scope"] = "Everywhere" }, "#scope-error", "Choose where the discount applies." },
        { "en", new() { ["Input.Scope"] = "SingleSubscription", ["Input.SubscriptionId"] = new string('a', 65) }, "#subscription-error", "Enter the linked subscription ID (letters, digits and hyphens, at most 64 characters)." },
    };

    [Theory]
    [MemberData(nameof(InvalidForms))]
    public async Task Post_ShowsLocalizedFieldErrorAndChangesNothing_WhenInvalid(string culture, Dictionary<string, string> form, string selector, string message)
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "agent@northwind.example");

        var (response, document) = await session.PostFormAsync(string.Format(Page, culture), Action(culture), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, document.QuerySelector(selector)!.TextContent.Trim());
        Assert.NotNull(document.QuerySelector("#reservation-error"));
        var reservation = await ReservationData.FindAsync(factory, ReservationData.Vm);
        Assert.Equal((ReservationScope.Shared, null, 1), (reservation.Scope, reservation.ScopeSubscriptionId, reservation.Version));
    }

    [Fact]
    public async Task Post_IsRefusedAndChangesNothing_WhenForgedForAReturnedReservation()
    {
        using var factory = new PartnerHelpFactory();
        using var session = await SiteSession.StartAsync(factory, "agent@northwind.example");
        var path = string.Format(Page, "en");
        var token = await session.TokenAsync(path);
        await session.PostFormAsync(path, path + "/return", new Dictionary<string, string> { ["Confirm"] = "true" }, tokenOverride: token);

        var (response, document) = await session.PostFormAsync(path, Action("en"), new Dictionary<string, string> { ["Input.Scope"] = "SingleSubscription", ["Input.SubscriptionId"] = "sub-x" }, tokenOverride: token);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("The scope of this reservation can't be changed here, so nothing changed.", document.QuerySelector("#reservation-error")!.TextContent.Trim());
        var reservation = await ReservationData.FindAsync(factory, ReservationData.Vm);
        Assert.Equal((ReservationStatus.Returned, ReservationScope.Shared, null), (reservation.Status, reservation.Scope, reservation.ScopeSubscriptionId));
    }
}

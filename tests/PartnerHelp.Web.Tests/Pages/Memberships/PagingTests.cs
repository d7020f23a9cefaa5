using System.Net;
using AngleSharp.Dom;
using PartnerHelp.Web.Tests.Testing;

namespace PartnerHelp.Web.Tests.Pages.Memberships;

/// <summary>The memberships list a page at a time: 20 orders a page, newest first, a localized pager, bad page input.</summary>
public sealed class PagingTests(PagedContosoSite site) : IClassFixture<PagedContosoSite>
{
    private static readonly string[] DemoNewestFirst = ["CT-1004", "CT-1001", "CT-1008", "CT-1005", "CT-1003", "CT-1006", "CT-1007", "CT-1002"];

    [Fact]
    public async Task Memberships_ShowsTheNewest20OrdersAndAPager_OnTheFirstPage()
    {
        using var session = await SiteSession.StartAsync(site.Factory, "admin@contoso.example");

        var (response, document) = await session.GetAsync("/en/memberships");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([.. DemoNewestFirst, .. Seeded(0, 12)], Cards(document));
        var pager = document.QuerySelector("nav.pager")!;
        Assert.Equal("Pages of membership orders", pager.GetAttribute("aria-label"));
        Assert.Equal("Page 1 of 3", pager.QuerySelector(".pager__status")!.TextContent);
        Assert.Null(pager.QuerySelector("a[rel=prev]"));
        Assert.Equal("/en/memberships?page=2", pager.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(["/en/memberships", "/en/memberships?page=2", "/en/memberships?page=3"], pager.QuerySelectorAll("a[aria-label]").Select(a => a.GetAttribute("href")));
        Assert.Equal("1", pager.QuerySelector("a[aria-current=page]")!.TextContent);
        Assert.Null(document.GetElementById("page-adjusted"));
    }

    [Fact]
    public async Task Memberships_ShowsEveryOrderOnceAcrossThePages_InTheListsOrder()
    {
        using var session = await SiteSession.StartAsync(site.Factory, "user@contoso.example");

        var (_, second) = await session.GetAsync("/en/memberships?page=2");
        var (_, third) = await session.GetAsync("/en/memberships?page=3");

        Assert.Equal(Seeded(12, 20), Cards(second));
        Assert.Equal(Seeded(32, 13), Cards(third));
        Assert.Equal("Page 2 of 3", second.QuerySelector(".pager__status")!.TextContent);
        Assert.Equal("/en/memberships", second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/en/memberships?page=3", second.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("3", third.QuerySelector("nav.pager a[aria-current=page]")!.TextContent);
        Assert.Null(third.QuerySelector("nav.pager a[rel=next]"));
    }

    [Theory]
    [InlineData("abc", 1)]
    [InlineData("0", 1)]
    [InlineData("-1", 1)]
    [InlineData("1.5", 1)]
    [InlineData("", 1)]
    [InlineData("%201", 1)]
    [InlineData("2&page=3", 1)]
    [InlineData("99999999999", 1)]
    [InlineData("4", 3)]
    [InlineData("2147483647", 3)]
    public async Task Memberships_ShowsTheNearestPageWithANotice_WhenThePageIsNotOneOfTheList(string page, int shown)
    {
        using var session = await SiteSession.StartAsync(site.Factory, "admin@contoso.example");
        var before = await DatabaseFingerprint.TakeAsync(site.Factory, DatabaseFingerprint.RequestOnlyTables);

        var (response, document) = await session.GetAsync("/en/memberships?page=" + page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"There is no such page of orders, so page {shown} of 3 is shown.", document.GetElementById("page-adjusted")!.TextContent.Trim());
        Assert.Equal("status", document.GetElementById("page-adjusted")!.GetAttribute("role"));
        Assert.Equal(shown.ToString(System.Globalization.CultureInfo.InvariantCulture), document.QuerySelector("nav.pager a[aria-current=page]")!.TextContent);
        Assert.Equal(shown == 1 ? 20 : 13, Cards(document).Count);
        Assert.Empty((await DatabaseFingerprint.TakeAsync(site.Factory, DatabaseFingerprint.RequestOnlyTables)).ChangedSince(before));
    }

    [Theory]
    [InlineData("en", "Pages of membership orders", "Page 2 of 3", "Next page", "There is no such page of orders, so page 3 of 3 is shown.")]
    [InlineData("vi", "Các trang đơn đặt hàng thành viên", "Trang 2 / 3", "Trang sau", "Không có trang đơn hàng như vậy, nên trang 3 / 3 được hiển thị.")]
    [InlineData("sv", "Sidor med medlemskapsbeställningar", "Sida 2 av 3", "Nästa sida", "Det finns ingen sådan sida med beställningar, så sida 3 av 3 visas.")]
    [InlineData("de", "Seiten der Mitgliedschaftsbestellungen", "Seite 2 von 3", "Nächste Seite", "Diese Seite der Bestellungen gibt es nicht, daher wird Seite 3 von 3 angezeigt.")]
    [InlineData("fr", "Pages des commandes d'adhésion", "Page 2 sur 3", "Page suivante", "Cette page de commandes n'existe pas : la page 3 sur 3 est affichée.")]
    [InlineData("es", "Páginas de pedidos de membresía", "Página 2 de 3", "Página siguiente", "Esa página de pedidos no existe, así que se muestra la página 3 de 3.")]
    [InlineData("ja", "メンバーシップの注文のページ", "3 ページ中 2 ページ目", "次のページ", "そのページの注文はありません。3 ページ中 3 ページ目を表示しています。")]
    [InlineData("pt-BR", "Páginas de pedidos de associação", "Página 2 de 3", "Próxima página", "Essa página de pedidos não existe, por isso a página 3 de 3 é exibida.")]
    [InlineData("ar", "صفحات طلبات العضوية", "الصفحة 2 من 3", "الصفحة التالية", "لا توجد صفحة طلبات كهذه، لذا تُعرض الصفحة 3 من 3.")]
    public async Task Memberships_PagerAndNoticeSpeakThePagesLanguage(string culture, string label, string status, string next, string notice)
    {
        using var session = await SiteSession.StartAsync(site.Factory, "admin@contoso.example");

        var (_, second) = await session.GetAsync($"/{culture}/memberships?page=2");
        var (_, past) = await session.GetAsync($"/{culture}/memberships?page=9");

        var pager = second.QuerySelector("nav.pager")!;
        Assert.Equal(label, pager.GetAttribute("aria-label"));
        Assert.Equal(status, pager.QuerySelector(".pager__status")!.TextContent);
        Assert.Equal(next, pager.QuerySelector("a[rel=next]")!.TextContent);
        Assert.Equal($"/{culture}/memberships?page=3", pager.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(notice, past.GetElementById("page-adjusted")!.TextContent.Trim());
        Assert.Equal(culture == "ar" ? "rtl" : "ltr", second.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public async Task Memberships_ShowsNoPager_WhenThePartnersOrdersFitOnePage()
    {
        using var session = await SiteSession.StartAsync(site.Factory, "admin@fabrikam.example");

        var (_, document) = await session.GetAsync("/en/memberships");

        Assert.Equal(["FB-2001"], Cards(document));
        Assert.Null(document.QuerySelector("nav.pager"));
    }

    private static List<string?> Cards(IDocument document) =>
        document.QuerySelectorAll("li.order-card").Select(card => card.GetAttribute("data-order")).ToList();

    private static string[] Seeded(int from, int count) =>
        Enumerable.Range(from, count).Select(i => $"PG-{1000 + i}").ToArray();
}

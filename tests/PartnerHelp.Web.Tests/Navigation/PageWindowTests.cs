using PartnerHelp.Web.Navigation;

namespace PartnerHelp.Web.Tests.Navigation;

/// <summary>The pager's page links: first, last and two either side of the current page; null marks a gap.</summary>
public sealed class PageWindowTests
{
    public static TheoryData<int, int, int?[]> Windows() => new()
    {
        { 1, 1, [1] },
        { 1, 3, [1, 2, 3] },
        { 3, 3, [1, 2, 3] },
        { 1, 10, [1, 2, 3, null, 10] },
        { 4, 10, [1, 2, 3, 4, 5, 6, null, 10] },
        { 5, 10, [1, 2, 3, 4, 5, 6, 7, null, 10] },
        { 6, 10, [1, null, 4, 5, 6, 7, 8, 9, 10] },
        { 7, 10, [1, null, 5, 6, 7, 8, 9, 10] },
        { 10, 10, [1, null, 8, 9, 10] },
        { 4, 7, [1, 2, 3, 4, 5, 6, 7] },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public void Around_LinksTheEndsAndTheNeighbours(int current, int pageCount, int?[] expected) =>
        Assert.Equal(expected, PageWindow.Around(current, pageCount));

    [Theory]
    [InlineData(0, 3)]
    [InlineData(4, 3)]
    [InlineData(1, 0)]
    public void Around_Refuses_APageOutsideTheList(int current, int pageCount) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PageWindow.Around(current, pageCount));
}

namespace PartnerHelp.Web.Navigation;

/// <summary>
/// Which page numbers a pager links to: the first and the last page, and the pages near the current one, with a gap
/// (null) where numbers are left out, so a list of hundreds of pages still gets a short pager.
/// </summary>
public static class PageWindow
{
    /// <summary>How many pages on each side of the current one get a link.</summary>
    public const int Radius = 2;

    /// <summary>The page numbers to link, in order, with null for each gap.</summary>
    public static IReadOnlyList<int?> Around(int current, int pageCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(current, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(current, pageCount);
        var from = Math.Max(1, current - Radius);
        var to = Math.Min(pageCount, current + Radius);
        var pages = new List<int?>(2 * Radius + 5);
        if (from > 1)
        {
            pages.Add(1);
            if (from > 2)
            {
                // A gap of one page is shown as that page: "1 … 3" would hide only page 2.
                pages.Add(from == 3 ? 2 : null);
            }
        }

        for (var page = from; page <= to; page++)
        {
            pages.Add(page);
        }

        if (to < pageCount)
        {
            if (to < pageCount - 1)
            {
                pages.Add(to == pageCount - 2 ? pageCount - 1 : null);
            }

            pages.Add(pageCount);
        }

        return pages;
    }
}

using Microsoft.AspNetCore.WebUtilities;

namespace Ponte.Web.Features.Shared;

/// <summary>What the _Pager partial needs: the page, the page count and the current query to keep.</summary>
public sealed record PagerModel(int Page, int Pages, string Path, IQueryCollection Query)
{
    public string Link(int page)
    {
        var values = Query.Where(q => q.Key != "page").ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        values["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString(Path, values);
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Ponte.Data;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Account;

/// <summary>Changes the language: a cookie for everyone, and the saved preference of a signed-in person.</summary>
public sealed class LanguageModel(UserManager<ApplicationUser> users) : PontePageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl)
    {
        if (!Cultures.IsSupported(culture))
            return BadRequest();

        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });

        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user && user.PreferredCulture != culture)
        {
            user.PreferredCulture = culture!;
            await users.UpdateAsync(user);
        }

        // A culture in the query string would override the new choice on the way back.
        var target = Url.IsLocalUrl(returnUrl) ? RemoveCultureQuery(returnUrl!) : "/";
        return LocalRedirect(target);
    }

    private static string RemoveCultureQuery(string url)
    {
        var q = url.IndexOf('?');
        if (q < 0)
            return url;
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url[q..]);
        var kept = query.Where(kv => kv.Key is not ("culture" or "ui-culture"))
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v)));
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(url[..q], kept);
    }
}

using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Ponte.Web.Tests.Infrastructure;

/// <summary>
/// A person using the site over HTTP without a browser: she opens pages, fills in forms (with
/// the antiforgery token the form carries) and calls the API with her sign-in cookie.
/// </summary>
public sealed class Visitor(HttpClient http)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    public const string DemoPassword = "ponte-demo-2026";

    public async Task<IHtmlDocument> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Http.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {expected}, got {(int)response.StatusCode}\n{Shorten(html)}");
        return Parser.ParseDocument(html);
    }

    /// <summary>Opens the page, takes its form (the first with a submit, or the one matching the selector), fills it and posts it.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> SubmitAsync(
        string url, IDictionary<string, string?> fields, string formSelector = "main form[method=post]", IEnumerable<KeyValuePair<string, string>>? extra = null)
    {
        var page = await GetPageAsync(url);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>())
        {
            if (string.IsNullOrEmpty(input.Name) || fields.ContainsKey(input.Name))
                continue;
            if (input.Type is "checkbox" or "radio" ? input.IsChecked : input.Type is not ("submit" or "button"))
                values.Add(new(input.Name, input.Value));
        }

        foreach (var select in form.Elements.OfType<IHtmlSelectElement>())
        {
            // As a browser does: the selected option, or else the first one of a single select.
            var option = select.SelectedOptions.FirstOrDefault() ?? (select.IsMultiple ? null : select.Options.FirstOrDefault());
            if (!string.IsNullOrEmpty(select.Name) && !fields.ContainsKey(select.Name) && option is not null)
                values.Add(new(select.Name, option.Value));
        }

        foreach (var area in form.Elements.OfType<IHtmlTextAreaElement>())
        {
            if (!string.IsNullOrEmpty(area.Name) && !fields.ContainsKey(area.Name))
                values.Add(new(area.Name, area.Value));
        }

        values.AddRange(fields.Where(f => f.Value is not null).Select(f => new KeyValuePair<string, string>(f.Key, f.Value!)));
        if (extra is not null)
            values.AddRange(extra);

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        var response = await Http.PostAsync(action, new FormUrlEncodedContent(values));
        var html = await response.Content.ReadAsStringAsync();
        return (response, Parser.ParseDocument(html));
    }

    public async Task SignInAsync(string email, string password = DemoPassword)
    {
        var (response, page) = await SubmitAsync("/Account/Login", new Dictionary<string, string?>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect || response.StatusCode == HttpStatusCode.Found,
            $"Sign-in as {email} failed: {(int)response.StatusCode} {page.QuerySelector(".error-summary")?.TextContent}");
    }

    /// <summary>The antiforgery token for API calls, as the API hands it out.</summary>
    public async Task<string> ApiTokenAsync()
    {
        var token = await Http.GetFromJsonAsync<TokenBody>("/api/antiforgery");
        return token!.Token;
    }

    public async Task<HttpResponseMessage> PostJsonAsync(string url, object body, bool withToken = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (withToken)
            request.Headers.Add("RequestVerificationToken", await ApiTokenAsync());
        return await Http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> PutJsonAsync(string url, object body, bool withToken = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (withToken)
            request.Headers.Add("RequestVerificationToken", await ApiTokenAsync());
        return await Http.SendAsync(request);
    }

    private static string Shorten(string s) => s.Length > 2000 ? s[..2000] : s;

    private sealed record TokenBody(string HeaderName, string Token);
}

public static class FactoryExtensions
{
    /// <summary>A new visitor with her own cookies; redirects are not followed so tests can see them.</summary>
    public static Visitor NewVisitor(this PonteFactory factory) =>
        new(factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri("http://localhost"),
        }));

    /// <summary>A new visitor whose requests come from the given client address.</summary>
    public static Visitor VisitorFrom(this PonteFactory factory, string address)
    {
        var visitor = factory.NewVisitor();
        visitor.Http.DefaultRequestHeaders.Add(PonteFactory.ClientAddressHeader, address);
        return visitor;
    }

    /// <summary>A new visitor signed in with the given password (the demo one unless named), from the given address when one is named.</summary>
    public static async Task<Visitor> SignedInAsync(this PonteFactory factory, string email, string password = Visitor.DemoPassword, string? address = null)
    {
        var visitor = address is null ? factory.NewVisitor() : factory.VisitorFrom(address);
        await visitor.SignInAsync(email, password);
        return visitor;
    }
}

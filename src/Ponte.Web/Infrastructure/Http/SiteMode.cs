using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Ponte.Web.Infrastructure.Http;

/// <summary>What kind of site this is: a demo (invented people, the outbox page on show) or a real one.</summary>
public sealed class SiteMode(IOptions<PonteOptions> options, IWebHostEnvironment env)
{
    private volatile bool _databaseHoldsDemo;

    /// <summary>
    /// Every page says "demo site" when the demo network was asked for (<c>Ponte:DemoData</c>) or
    /// when the database holds it anyway (loaded on an earlier start, then the setting removed).
    /// </summary>
    public bool IsDemo => options.Value.DemoData || _databaseHoldsDemo;

    /// <summary>The outbox page exists in Development and when demo data is asked for; a database that merely holds the demo network does not open it.</summary>
    public bool ShowsOutbox => options.Value.DemoData || env.IsDevelopment();

    /// <summary>Told at start-up, once the database is ready, whether it holds demo accounts.</summary>
    public void DatabaseHoldsDemo(bool holds) => _databaseHoldsDemo = holds;
}

/// <summary>
/// The site's public address for links in emails and QR codes: <c>Ponte:PublicBaseUrl</c>, which a
/// production site must set. Never the request's Host header, which a client chooses.
/// </summary>
public sealed class PublicUrl(IOptions<PonteOptions> options, IServer server)
{
    public string Base
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
                return options.Value.PublicBaseUrl.Trim().TrimEnd('/');

            // Development without a setting: the address this process listens on.
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            if (address is null)
                return "http://localhost:5080";
            return address.Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
                .Replace("://[::]", "://localhost", StringComparison.Ordinal)
                .TrimEnd('/');
        }
    }

    /// <summary>An absolute link to a path of this site (the path starts with '/').</summary>
    public string To(string path) => Base + path;

    /// <summary>True when the value is an absolute http(s) address without query or fragment.</summary>
    public static bool IsValid(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);
}

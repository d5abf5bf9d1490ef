using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Ponte.Web.Infrastructure.Http;

/// <summary>
/// <c>Ponte:ReverseProxy</c>: the proxies whose X-Forwarded-For / X-Forwarded-Proto headers are
/// believed. Without any, the headers are ignored and the connection's own address and scheme count.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "Ponte:ReverseProxy";

    /// <summary>Addresses of the proxies in front of the site, e.g. <c>127.0.0.1</c> or <c>10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR form, e.g. <c>10.0.0.0/24</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];
}

public static class ReverseProxySetup
{
    public static IServiceCollection AddPonteReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var proxy = configuration.GetSection(ReverseProxyOptions.Section).Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        var proxies = proxy.KnownProxies.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p =>
            IPAddress.TryParse(p.Trim(), out var ip) ? ip : throw new StartupException($"{ReverseProxyOptions.Section}:KnownProxies: \"{p}\" is not an IP address.")).ToList();
        var networks = proxy.KnownNetworks.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n =>
            System.Net.IPNetwork.TryParse(n.Trim(), out var net) ? net : throw new StartupException($"{ReverseProxyOptions.Section}:KnownNetworks: \"{n}\" is not a network in CIDR form (e.g. 10.0.0.0/24).")).ToList();

        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var ip in proxies)
                o.KnownProxies.Add(ip);
            foreach (var net in networks)
                o.KnownIPNetworks.Add(net);
            o.ForwardLimit = 1;
        });
        services.AddSingleton(new ReverseProxyMarker(proxies.Count + networks.Count > 0));
        return services;
    }

    /// <summary>Believes the named proxies' forwarded headers; without proxies named, does nothing.</summary>
    public static IApplicationBuilder UsePonteReverseProxy(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<ReverseProxyMarker>().Enabled)
            app.UseForwardedHeaders();
        return app;
    }

    private sealed record ReverseProxyMarker(bool Enabled);
}

/// <summary>A setting that stops the site from starting; its message is the one line the operator reads.</summary>
public sealed class StartupException(string message) : Exception(message);

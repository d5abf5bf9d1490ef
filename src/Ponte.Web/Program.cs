using Ponte.Domain.Common;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;
using Ponte.Data;
using Ponte.Data.Jobs;
using Ponte.Web.Features;
using Ponte.Web.Features.Public;

using Ponte.Web.Infrastructure;
using Ponte.Web.Infrastructure.Email;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Http;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Persistence;
using Ponte.Web.Infrastructure.Security;
using Ponte.Web.Infrastructure.Tenancy;

var builder = WebApplication.CreateBuilder(args);
var services = builder.Services;

// A production site links to its public address in every email and QR code: it cannot start without one.
if (!builder.Environment.IsDevelopment() && !builder.Environment.IsEnvironment("Testing")
    && !PublicUrl.IsValid(builder.Configuration[$"{PonteOptions.Section}:PublicBaseUrl"]))
{
    Console.Error.WriteLine($"Ponte cannot start in {builder.Environment.EnvironmentName}: set Ponte:PublicBaseUrl (e.g. Ponte__PublicBaseUrl=https://mentoring.example.org) to the site's public https address.");
    return 1;
}

try
{
    services.AddPonteReverseProxy(builder.Configuration);
}
catch (StartupException e)
{
    Console.Error.WriteLine($"Ponte cannot start: {e.Message}");
    return 1;
}

// Serve the build's static assets (and their compressed copies) in every environment when run
// from a build rather than a publish; a no-op for a published site.
builder.WebHost.UseStaticWebAssets();

services.Configure<PonteOptions>(builder.Configuration.GetSection(PonteOptions.Section));
services.Configure<SmtpOptions>(builder.Configuration.GetSection(SmtpOptions.Section));
services.Configure<LoginThrottleOptions>(builder.Configuration.GetSection(LoginThrottleOptions.Section));
services.AddSingleton(TimeProvider.System);
services.AddHttpContextAccessor();
services.AddSingleton<SiteMode>();
services.AddSingleton<PublicUrl>();
services.AddSingleton<AccessDenials>();
services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, LoggingAuthorizationResultHandler>();
services.AddScoped<CurrentUser>();
services.AddScoped<IAmbientUser>(sp => sp.GetRequiredService<CurrentUser>());
services.AddScoped(LocalTime.ForRequest);
services.AddSingleton<LoginThrottle>();
services.AddSingleton<Ponte.Data.Jobs.JobRunner>();
services.AddJob<OutboxJob>();
services.AddJob<Ponte.Web.Features.Mentoring.MeetingRemindersJob>();
services.AddJob<Ponte.Web.Features.Mentoring.CheckInsJob>();
services.AddJob<Ponte.Web.Features.Mentoring.FollowUpsJob>();
services.AddJob<Ponte.Web.Infrastructure.Jobs.PurgeExpiredLinksJob>();
services.AddHostedService<Ponte.Web.Infrastructure.Jobs.JobWorker>();
services.AddScoped<DemoSeeder>();
services.AddScoped<Invitations>();
services.AddScoped<Notifier>();
services.AddUseCases();
services.AddScoped<WhoDidIt>();
services.AddScoped<Ponte.Web.Features.Mentoring.ProcessAccess>();
services.AddScoped<Ponte.Web.Features.Mentoring.ProcessMessages>();
services.AddScoped<Ponte.Web.Features.Mentoring.MeetingMessages>();
services.AddScoped<Ponte.Web.Features.Mentoring.CheckInMessages>();
services.AddScoped<Ponte.Web.Features.Mentoring.FollowUpMessages>();
services.AddScoped<Ponte.Web.Features.Mentoring.ConcernAccess>();
services.AddScoped<Ponte.Web.Features.Mentoring.ConcernMessages>();
services.AddScoped<Ponte.Web.Features.Mentoring.ClosingMessages>();
services.AddScoped<Ponte.Web.Features.Events.EventAccess>();
services.AddScoped<Ponte.Web.Features.Reports.ReportAccess>();
services.AddScoped<Ponte.Web.Features.Reports.IndicatorReports>();
services.AddScoped<Ponte.Web.Features.Events.EventMessages>();
services.AddPonteDatabase(builder.Configuration);
services.AddPontePublicForms(builder.Configuration);

// Keys in the database: cookies, antiforgery tokens and emailed links survive a restart and work on every node.
services.AddDataProtection()
    .SetApplicationName("Ponte")
    .PersistKeysToDbContext<AppDbContext>();

services.AddIdentity<ApplicationUser, Microsoft.AspNetCore.Identity.IdentityRole<Guid>>(o =>
    {
        // Length over composition: at least 8 characters, passphrases welcome, no character-class rules.
        o.Password.RequiredLength = 8;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequiredUniqueChars = 1;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.Lockout.AllowedForNewUsers = true;
        o.User.RequireUniqueEmail = true;
    })
    .AddEntityFrameworkStores<AppDbContext>()
    .AddUserStore<PonteUserStore>()
    .AddDefaultTokenProviders()
    .AddClaimsPrincipalFactory<PonteClaimsFactory>();
services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(7));
services.ConfigureApplicationCookie(o =>
{
    o.LoginPath = "/Account/Login";
    o.LogoutPath = "/Account/Logout";
    o.AccessDeniedPath = "/Account/AccessDenied";
    o.Cookie.Name = "ponte.auth";
    o.Cookie.SameSite = SameSiteMode.Lax;
    o.SlidingExpiration = true;
    o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
    o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);

    static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
            ctx.Response.StatusCode = status;
        else
            ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
});
services.AddPonteAccountSecurity();
services.AddAuthorizationBuilder()
    .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
    .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.OrganisationManager, Roles.Trainer))
    .AddPolicy(Policies.Manager, p => p.RequireRole(Roles.OrganisationManager))
    .AddPolicy(Policies.Coordinator, p => p.RequireRole(Roles.NetworkCoordinator))
    .AddPolicy(Policies.Reports, p => p.RequireRole(Roles.OrganisationManager, Roles.NetworkCoordinator));
services.AddAntiforgery(o =>
{
    o.HeaderName = "RequestVerificationToken";
    o.Cookie.Name = "ponte.af";
});

services.AddLocalization(o => o.ResourcesPath = "Resources");
services.Configure<RequestLocalizationOptions>(o =>
{
    o.SetDefaultCulture(Cultures.Default).AddSupportedCultures(Cultures.Supported).AddSupportedUICultures(Cultures.Supported);
    o.FallBackToParentCultures = true;
    o.FallBackToParentUICultures = true;
    o.RequestCultureProviders =
    [
        new QueryStringRequestCultureProvider(),
        new CookieRequestCultureProvider(),
        new AcceptLanguageHeaderRequestCultureProvider(),
    ];
});
services.AddRazorPages(o =>
    {
        o.RootDirectory = "/Features";
        o.Conventions.AllowAnonymousToFolder("/Public");
        o.Conventions.AllowAnonymousToPage("/Index");
        o.Conventions.AllowAnonymousToPage("/Error");
        o.Conventions.AllowAnonymousToPage("/Account/Login");
        o.Conventions.AllowAnonymousToPage("/Account/AcceptInvitation");
        o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
        o.Conventions.AllowAnonymousToPage("/Account/Language");
    })
    .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
    .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

// Model-binding messages ("'abc' is not a number") in the user's language too.
services.AddOptions<Microsoft.AspNetCore.Mvc.MvcOptions>().Configure<Microsoft.Extensions.Localization.IStringLocalizerFactory>((o, factory) =>
{
    var text = factory.Create(typeof(SharedResource));
    var m = o.ModelBindingMessageProvider;
    m.SetAttemptedValueIsInvalidAccessor((_, _) => text["Error.Invalid"]);
    m.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => text["Error.Invalid"]);
    m.SetUnknownValueIsInvalidAccessor(_ => text["Error.Invalid"]);
    m.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Error.Invalid"]);
    m.SetValueIsInvalidAccessor(_ => text["Error.Invalid"]);
    m.SetValueMustBeANumberAccessor(_ => text["Error.Number"]);
    m.SetNonPropertyValueMustBeANumberAccessor(() => text["Error.Number"]);
    m.SetMissingBindRequiredValueAccessor(_ => text["Error.Required"]);
    m.SetMissingKeyOrValueAccessor(() => text["Error.Required"]);
    m.SetMissingRequestBodyRequiredValueAccessor(() => text["Error.Required"]);
    m.SetValueMustNotBeNullAccessor(_ => text["Error.Required"]);
});
services.AddPonteErrors();
services.AddPonteRequestLimits();
services.AddOpenApi();
services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
services.ConfigureHttpJsonOptions(o =>
    o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));

var app = builder.Build();

try
{
    await app.Services.InitialiseDatabaseAsync();
}
catch (StartupException e)
{
    Console.Error.WriteLine($"Ponte cannot start: {e.Message}");
    return 1;
}

app.UsePonteReverseProxy();
app.UsePonteSecurityHeaders();
app.UsePonteErrors();
if (!app.Environment.IsDevelopment())
    app.UseHsts();
app.UseRequestLocalization();
app.UsePonteRequestLimits();
var siteMode = app.Services.GetRequiredService<SiteMode>();
app.UseWhen(
    ctx => !siteMode.ShowsOutbox && ctx.Request.Path.StartsWithSegments("/Outbox"),
    hidden => hidden.Run(ctx =>
    {
        ctx.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }));
app.UseRouting();
app.UseAuthentication();
app.UsePonteAccessDenialEvents();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapRazorPages().WithStaticAssets();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapOpenApi().AllowAnonymous();
app.MapPonteApi();

app.Run();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Data.Outbox;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Infrastructure.Email;

/// <summary>Marker for the messages people receive (Resources/Infrastructure/Email/MailText*.resx): <c>{Template}.Subject</c> and <c>{Template}.Body</c>.</summary>
public sealed class MailText;

/// <summary>A piece of text (a key of <see cref="MailText"/> and its arguments) given as an argument of a template, written in the same language; null arguments are empty.</summary>
public sealed record MailFragment(string Key, params object?[] Args);

/// <summary>An instant given as an argument of a template: written in the zone named (the organisation's) and the recipient's language, with the zone's name.</summary>
public sealed record MailTime(DateTimeOffset At, string? ZoneId);

/// <summary>Who a message goes to: her address and name, her saved language (if any) and the organisation it comes from.</summary>
public sealed record Recipient(string Email, string Name, string? Culture, Guid? OrganisationId);

/// <summary>
/// The one way Ponte tells a person something: a template key and its arguments, written in the
/// recipient's language (her saved one, else the first her organisation's staff speak that Ponte
/// ships, else English) and queued in the outbox in the caller's save, so it goes out only if what
/// it tells of was saved. The outbox job sends it, with an HTML alternative and any calendar
/// invitation, and retries it if the mail server fails.
/// </summary>
public sealed class Notifier(IMailer mailer, IStringLocalizerFactory localizers, TimeProvider clock, Microsoft.Extensions.Options.IOptions<SmtpOptions> smtp)
{
    /// <summary>Queues the message; <paramref name="args"/> fill the template's {0}, {1}, …</summary>
    public async Task QueueAsync(AppDbContext db, Recipient to, string template, IReadOnlyList<object?> args, CalendarInvitation? calendar = null, CancellationToken ct = default)
    {
        var culture = await LanguageForAsync(db, to, ct);
        var (subject, body) = Render(template, culture, args);
        if (calendar is { Organiser: null or "" })
            calendar = calendar with { Organiser = MimeKit.MailboxAddress.Parse(smtp.Value.From).Address };
        await mailer.QueueAsync(db, new OutgoingMail(
            to.OrganisationId, to.Email, subject, body, culture, template, calendar?.ToIcs(clock.GetUtcNow()), calendar?.Method), ct);
    }

    /// <summary>The language a message to this person is written in.</summary>
    public static async Task<string> LanguageForAsync(AppDbContext db, Recipient to, CancellationToken ct)
    {
        if (Cultures.IsSupported(to.Culture))
            return to.Culture!;
        if (to.OrganisationId is { } id)
        {
            var staff = await db.Organisations.Where(o => o.Id == id).Select(o => o.StaffLanguages).SingleOrDefaultAsync(ct);
            if (staff?.FirstOrDefault(Cultures.IsSupported) is { } spoken)
                return spoken;
        }

        return Cultures.Default;
    }

    /// <summary>The subject and text of a template in one language; a template without both is a fault in the site, not in the input.</summary>
    public (string Subject, string Body) Render(string template, string culture, IReadOnlyList<object?> args)
    {
        var (previous, previousFormats) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
        try
        {
            var text = localizers.Create(typeof(MailText));
            var subject = text[template + ".Subject"];
            var body = text[template + ".Body"];
            if (subject.ResourceNotFound || body.ResourceNotFound)
                throw new InvalidOperationException($"The message template {template} is missing its subject or body.");
            var values = args.Select(a => a switch
            {
                MailFragment f => text[f.Key, f.Args.Select(x => x ?? string.Empty).ToArray()].Value,
                MailTime t => Written(t),
                null => string.Empty,
                _ => a,
            }).ToArray();
            return (string.Format(CultureInfo.CurrentUICulture, subject.Value, values), string.Format(CultureInfo.CurrentUICulture, body.Value, values));
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (previous, previousFormats);
        }
    }

    private static string Written(MailTime time)
    {
        var local = new LocalTime(LocalTime.Resolve(time.ZoneId));
        return $"{local.DateTime(time.At)} ({local.ZoneId})";
    }
}

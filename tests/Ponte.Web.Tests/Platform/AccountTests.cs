using Ponte.Data.Outbox;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ponte.Web.Infrastructure.Security;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Platform;

/// <summary>
/// Sessions and accounts: a copied cookie dies with sign-out, a password change or reset and
/// deactivation; sessions have an absolute lifetime; reset and change of password end to end;
/// sign-in tells no one which accounts exist and a stranger cannot keep an account locked.
/// </summary>
public abstract class AccountTests(PonteFactory factory) : IntegrationTest(factory)
{
    private const string Password = "a quiet river at dawn";
    private static int _next;

    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_afterwards()
    {
        var email = await NewTrainerAsync();
        var (visitor, cookie) = await SignInCopyingCookieAsync(email);
        Assert.Equal(HttpStatusCode.OK, await ReplayAsync(cookie, "/Account/Password"));
        Assert.Equal(HttpStatusCode.OK, await ReplayAsync(cookie, "/api/applications"));

        var (signedOut, _) = await visitor.SubmitAsync("/", new Dictionary<string, string?>(), formSelector: "form[action='/Account/Logout']");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        await AssertRefusedAsync(cookie);
    }

    [Fact]
    public async Task A_cookie_copied_before_a_password_change_is_refused_and_the_changing_session_goes_on()
    {
        var email = await NewTrainerAsync();
        var (_, cookie) = await SignInCopyingCookieAsync(email);
        var visitor = await SignedInAsync(email);

        var (wrong, page) = await visitor.SubmitAsync("/Account/Password", new Dictionary<string, string?>
        {
            ["Input.Current"] = "not my password",
            ["Input.Password"] = "another quiet river",
            ["Input.ConfirmPassword"] = "another quiet river",
        });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#current-error")?.TextContent));
        Assert.Equal(HttpStatusCode.OK, await ReplayAsync(cookie, "/Account/Password"));

        var (changed, _) = await visitor.SubmitAsync("/Account/Password", new Dictionary<string, string?>
        {
            ["Input.Current"] = Password,
            ["Input.Password"] = "another quiet river",
            ["Input.ConfirmPassword"] = "another quiet river",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        await AssertRefusedAsync(cookie);
        await visitor.GetPageAsync("/Account/Password");
        await AssertSignInRefusedAsync(email, Password);
        await Factory.SignedInAsync(email, "another quiet river");
    }

    [Fact]
    public async Task A_deactivated_person_is_signed_out_everywhere_cannot_sign_in_and_is_let_in_again_when_reactivated()
    {
        var email = await NewTrainerAsync();
        var id = await UserIdAsync(email);
        var (_, cookie) = await SignInCopyingCookieAsync(email);
        var manager = await As(Demo.ManagerPt);

        var (deactivated, _) = await manager.SubmitAsync("/People?q=" + Uri.EscapeDataString(email), new Dictionary<string, string?> { ["userId"] = id.ToString() },
            formSelector: "form[action*='handler=Deactivate']");
        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.NotNull(await Factory.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.DeactivatedAt).SingleAsync()));

        await AssertRefusedAsync(cookie);
        await AssertSignInRefusedAsync(email, Password);
        var list = await manager.GetPageAsync("/People?q=" + Uri.EscapeDataString(email));
        Assert.NotNull(list.QuerySelector("form[action*='handler=Reactivate'] input[value='" + id + "']"));

        // The reset link is not a way back in either.
        var (asked, _) = await Anonymous().SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string?> { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.False(await Factory.WithDbAsync(db => db.Outbox.AnyAsync(m => m.To == email && m.Body.Contains("/Account/ResetPassword"))));

        var (reactivated, _) = await manager.SubmitAsync("/People?q=" + Uri.EscapeDataString(email), new Dictionary<string, string?> { ["userId"] = id.ToString() },
            formSelector: "form[action*='handler=Reactivate']");
        Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        await Factory.SignedInAsync(email, Password);
    }

    [Fact]
    public async Task Deactivation_is_for_her_own_organisations_people_never_herself_and_for_the_coordinator_only_managers()
    {
        var manager = await As(Demo.ManagerPt);
        var finnishTrainer = await UserIdAsync(Demo.TrainerFi);
        var herself = await UserIdAsync(Demo.ManagerPt);
        var portugueseTrainer = await UserIdAsync(Demo.TrainerPt);
        var portugueseManager = await UserIdAsync(Demo.ManagerPt);

        Assert.Equal(HttpStatusCode.NotFound, (await DeactivateAsync(manager, finnishTrainer)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await DeactivateAsync(manager, herself)).StatusCode);
        var coordinator = await As(Demo.Coordinator);
        Assert.Equal(HttpStatusCode.NotFound, (await DeactivateAsync(coordinator, portugueseTrainer)).StatusCode);
        var trainer = await As(Demo.TrainerPt);
        var refused = await DeactivateAsync(trainer, portugueseManager, page: "/");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/Account/AccessDenied", refused.Headers.Location?.AbsolutePath);
        Assert.Null(await Factory.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.Id == finnishTrainer || u.Id == herself || u.Id == portugueseTrainer || u.Id == portugueseManager)
            .Select(u => u.DeactivatedAt).FirstOrDefaultAsync(d => d != null)));

        // The coordinator acts on managers.
        var managerEmail = await NewManagerByCoordinatorAsync();
        var managerId = await UserIdAsync(managerEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await DeactivateAsync(coordinator, managerId)).StatusCode);
        await AssertSignInRefusedAsync(managerEmail, Password);
    }

    [Fact]
    public async Task A_session_ends_twelve_hours_after_sign_in_however_active_and_a_remembered_one_after_fourteen_days()
    {
        var email = await NewTrainerAsync();
        var (_, cookie) = await SignInCopyingCookieAsync(email);
        var (_, remembered) = await SignInCopyingCookieAsync(email, rememberMe: true);

        Factory.Clock.Advance(TimeSpan.FromHours(11));
        Assert.Equal(HttpStatusCode.OK, await ReplayAsync(cookie, "/Account/Password"));
        Factory.Clock.Advance(TimeSpan.FromHours(1.5));
        await AssertRefusedAsync(cookie);
        Assert.Equal(HttpStatusCode.OK, await ReplayAsync(remembered, "/Account/Password"));

        Factory.Clock.Advance(TimeSpan.FromDays(13.5));
        await AssertRefusedAsync(remembered);
    }

    [Fact]
    public async Task Forgot_password_mails_a_one_time_link_that_sets_a_new_password_and_ends_old_sessions()
    {
        var email = await NewTrainerAsync();
        var (_, cookie) = await SignInCopyingCookieAsync(email);

        var (asked, _) = await Anonymous().SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string?> { ["Input.Email"] = email.ToUpperInvariant() });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var link = await Factory.ReadLinkAsync(email, "/Account/ResetPassword");
        var token = System.Web.HttpUtility.ParseQueryString(new Uri("http://localhost" + link).Query)["token"]!;

        // Staff never see the live link: masked on /Outbox, and not in clear in the table.
        var outbox = await (await As(Demo.ManagerPt)).GetPageAsync("/Outbox");
        Assert.Contains("token=" + SecretLinkMask, outbox.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(token, outbox.Body.TextContent, StringComparison.Ordinal);
        var stored = await Factory.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.To == email && m.Body.Contains("/Account/ResetPassword")));
        Assert.DoesNotContain(token, stored.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Uri.EscapeDataString(token), stored.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Uri.EscapeDataString(token), stored.ProtectedBody ?? string.Empty, StringComparison.Ordinal);

        var person = Anonymous();
        var (reset, _) = await person.SubmitAsync(link, new Dictionary<string, string?>
        {
            ["Input.Password"] = "a new river at dusk",
            ["Input.ConfirmPassword"] = "a new river at dusk",
        });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("/Account/Login", reset.Headers.Location?.OriginalString);

        await AssertRefusedAsync(cookie);
        await AssertSignInRefusedAsync(email, Password);
        await Factory.SignedInAsync(email, "a new river at dusk");

        // The link works once.
        var again = await Anonymous().GetPageAsync(link, HttpStatusCode.BadRequest);
        Assert.Null(again.QuerySelector("input[name='Input.Password']"));
        var replay = await PostWithTokenAsync(person, link, new Dictionary<string, string>
        {
            ["Input.Password"] = "someone else's idea",
            ["Input.ConfirmPassword"] = "someone else's idea",
        });
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        await AssertSignInRefusedAsync(email, "someone else's idea");
    }

    [Fact]
    public async Task A_reset_link_lasts_two_hours_and_an_invitation_token_does_not_open_it()
    {
        var email = await NewTrainerAsync();
        await Anonymous().SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string?> { ["Input.Email"] = email });
        var link = await Factory.ReadLinkAsync(email, "/Account/ResetPassword");
        await Anonymous().GetPageAsync(link);

        var invited = $"i{Guid.NewGuid():N}"[..16] + "@ponte.example";
        var manager = await As(Demo.ManagerPt);
        await manager.SubmitAsync("/People", new Dictionary<string, string?> { ["Input.Name"] = "Invitee", ["Input.Email"] = invited, ["Input.Role"] = "Trainer" },
            formSelector: "form[action*='handler=Invite']");
        var invitation = await Factory.ReadLinkAsync(invited, "/Account/AcceptInvitation");
        await Anonymous().GetPageAsync(invitation.Replace("/Account/AcceptInvitation", "/Account/ResetPassword", StringComparison.Ordinal), HttpStatusCode.BadRequest);

        Factory.Clock.Advance(TimeSpan.FromHours(2.5));
        await Anonymous().GetPageAsync(link, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_whether_or_not_the_email_has_an_account()
    {
        var email = await NewTrainerAsync();
        // Only the two addresses asked about count: the site's jobs send other mail (reminders of the demo's meetings) meanwhile.
        int ToEither(Ponte.Data.AppDbContext db) => db.Outbox.Count(m => m.To == email || m.To == "nobody." + email);
        var outboxBefore = await Factory.WithDbAsync(db => Task.FromResult(ToEither(db)));
        var (knownVisitor, unknownVisitor) = (Anonymous(), Anonymous());
        var (known, _) = await knownVisitor.SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string?> { ["Input.Email"] = email });
        var (unknown, _) = await unknownVisitor.SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string?> { ["Input.Email"] = "nobody." + email });
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
        Assert.Equal(HeaderNames(known), HeaderNames(unknown));
        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
        Assert.Equal(outboxBefore + 1, await Factory.WithDbAsync(db => Task.FromResult(ToEither(db))));

        // What each is shown next is the same page, but for the antiforgery tokens of its forms.
        var knownPage = await knownVisitor.GetPageAsync(known.Headers.Location!.OriginalString);
        var unknownPage = await unknownVisitor.GetPageAsync(unknown.Headers.Location!.OriginalString);
        Assert.Equal(WithoutTokens(knownPage), WithoutTokens(unknownPage));
        Assert.NotNull(knownPage.QuerySelector("[role=status]"));
        var login = await Anonymous().GetPageAsync("/Account/Login");
        Assert.NotNull(login.QuerySelector("a[href='/Account/ForgotPassword']"));
    }

    [Fact]
    public async Task An_invitation_is_written_in_the_language_chosen_for_her_with_an_html_alternative_and_its_link_opens_her_account()
    {
        var email = $"uk.{Guid.NewGuid():N}"[..20] + "@ponte.example";
        var manager = await As(Demo.ManagerPt);
        var (invited, _) = await manager.SubmitAsync("/People", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Олена Коваль",
            ["Input.Email"] = email,
            ["Input.Role"] = "Trainer",
            ["Input.Culture"] = "uk",
        }, formSelector: "form[action*='handler=Invite']");
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);

        var (stored, message) = await DeliveredAsync(email);
        Assert.Equal(("Account.Invitation", "uk"), (stored.Template, stored.Culture));
        Assert.Equal(MailSubject("Account.Invitation", "uk"), message.Subject);
        AssertLanguage(message, "uk");
        Assert.Contains("Олена Коваль", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("href=\"http://localhost/Account/AcceptInvitation?user=", message.HtmlBody, StringComparison.Ordinal);

        var link = await Factory.ReadLinkAsync(email, "/Account/AcceptInvitation");
        var page = await Anonymous().GetPageAsync(link);
        Assert.NotNull(page.QuerySelector("input[name='Input.Password']"));
    }

    [Fact]
    public async Task A_reset_link_is_written_in_her_saved_language_not_the_language_of_the_page_she_asked_from()
    {
        var email = await NewTrainerAsync(culture: "pt");

        var (asked, _) = await Anonymous().SubmitAsync("/Account/ForgotPassword?culture=ar", new Dictionary<string, string?> { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);

        var (stored, message) = await DeliveredAsync(email, "/Account/ResetPassword");
        Assert.Equal(("Account.PasswordReset", "pt"), (stored.Template, stored.Culture));
        Assert.Equal(MailSubject("Account.PasswordReset", "pt"), message.Subject);
        AssertLanguage(message, "pt");
        Assert.Contains("Test Trainer", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("href=\"http://localhost/Account/ResetPassword?user=", message.HtmlBody, StringComparison.Ordinal);
        await Anonymous().GetPageAsync(await Factory.ReadLinkAsync(email, "/Account/ResetPassword"));
    }

    [Fact]
    public async Task Sign_in_gives_the_same_answer_for_an_unknown_email_a_wrong_password_and_a_lockout()
    {
        var email = await NewTrainerAsync();
        var wrong = await RefusalTextAsync(Anonymous(), email, "wrong password");
        var unknown = await RefusalTextAsync(Anonymous(), "nobody." + email, "wrong password");
        Assert.False(string.IsNullOrWhiteSpace(wrong));
        Assert.Equal(wrong, unknown);

        var stranger = Factory.VisitorFrom("198.51.100.7");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(wrong, await RefusalTextAsync(stranger, email, "guess " + i));
            Assert.Equal(wrong, await RefusalTextAsync(stranger, "nobody." + email, "guess " + i));
        }

        Assert.Equal(wrong, await RefusalTextAsync(stranger, email, Password));
    }

    [Fact]
    public async Task A_strangers_address_is_locked_longer_each_time_and_her_tries_meanwhile_count_for_nothing()
    {
        var email = await NewTrainerAsync();
        var stranger = Factory.VisitorFrom("203.0.113.66");

        await WrongPasswordsAsync(stranger, email, 5);

        // Her address is locked for 15 minutes, even with the right password; her tries meanwhile are not counted.
        await AssertSignInRefusedAsync(email, Password, stranger);
        await WrongPasswordsAsync(stranger, email, 10);
        Factory.Clock.Advance(TimeSpan.FromMinutes(16));

        // Second round: 30 minutes.
        await WrongPasswordsAsync(stranger, email, 5);
        Factory.Clock.Advance(TimeSpan.FromMinutes(16));
        await AssertSignInRefusedAsync(email, Password, Factory.VisitorFrom("203.0.113.66"));
        Factory.Clock.Advance(TimeSpan.FromMinutes(15));
        await Factory.SignedInAsync(email, Password, "203.0.113.66");
    }

    [Fact]
    public async Task Two_strangers_taking_turns_for_hours_cannot_keep_the_owner_out()
    {
        var email = await NewTrainerAsync();
        Visitor[] strangers = [Factory.VisitorFrom("203.0.113.71"), Factory.VisitorFrom("203.0.113.72")];
        for (var round = 0; round < 16; round++)
        {
            await WrongPasswordsAsync(strangers[round % 2], email, 5);

            // Just after a stranger has locked the account, and half-way through its lockout.
            await Factory.SignedInAsync(email, Password, "192.0.2.71");
            Factory.Clock.Advance(TimeSpan.FromMinutes(8));
            await Factory.SignedInAsync(email, Password, "192.0.2.71");
            Factory.Clock.Advance(TimeSpan.FromMinutes(8));
        }
    }

    [Fact]
    public async Task Failures_spread_over_several_addresses_lock_the_account_for_each_of_them_and_not_for_a_clean_address()
    {
        var email = await NewTrainerAsync();
        string[] botnet = ["198.51.100.81", "198.51.100.82", "198.51.100.83", "198.51.100.84", "198.51.100.85"];
        foreach (var address in botnet)
            await WrongPasswordsAsync(Factory.VisitorFrom(address), email, 1);

        foreach (var address in botnet)
            await AssertSignInRefusedAsync(email, Password, Factory.VisitorFrom(address));
        await Factory.SignedInAsync(email, Password, "192.0.2.81");

        // A new address that fails while the account is locked is locked with the others.
        await WrongPasswordsAsync(Factory.VisitorFrom("198.51.100.86"), email, 1);
        await AssertSignInRefusedAsync(email, Password, Factory.VisitorFrom("198.51.100.86"));
        Factory.Clock.Advance(TimeSpan.FromMinutes(16));
        await Factory.SignedInAsync(email, Password, "198.51.100.86");
    }

    [Fact]
    public async Task An_ipv6_stranger_rotating_through_one_64_counts_as_one_address()
    {
        var email = await NewTrainerAsync();
        for (var i = 1; i <= 5; i++)
            await WrongPasswordsAsync(Factory.VisitorFrom($"2001:db8:5:6::{i:x}"), email, 1);

        await AssertSignInRefusedAsync(email, Password, Factory.VisitorFrom("2001:db8:5:6:ffff::1"));
        await Factory.SignedInAsync(email, Password, "2001:db8:5:7::1");
    }

    [Fact]
    public async Task A_password_reset_clears_the_accounts_lockout_at_every_address()
    {
        var email = await NewTrainerAsync();
        await WrongPasswordsAsync(Factory.VisitorFrom("203.0.113.91"), email, 5);
        await WrongPasswordsAsync(Factory.VisitorFrom("192.0.2.91"), email, 1);
        await AssertSignInRefusedAsync(email, Password, Factory.VisitorFrom("192.0.2.91"));

        await Anonymous().SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string?> { ["Input.Email"] = email });
        var link = await Factory.ReadLinkAsync(email, "/Account/ResetPassword");
        var (reset, _) = await Anonymous().SubmitAsync(link, new Dictionary<string, string?> { ["Input.Password"] = "after the reset", ["Input.ConfirmPassword"] = "after the reset" });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        await Factory.SignedInAsync(email, "after the reset", "192.0.2.91");
        await Factory.SignedInAsync(email, "after the reset", "203.0.113.91");
    }

    [Fact]
    public async Task Wrong_current_passwords_on_the_change_page_are_locked_out_like_sign_in()
    {
        var email = await NewTrainerAsync();
        const string thiefAddress = "203.0.113.120";
        var thief = await Factory.SignedInAsync(email, Password, thiefAddress);
        Dictionary<string, string?> Change(string current) => new()
        {
            ["Input.Current"] = current,
            ["Input.Password"] = "taken over now",
            ["Input.ConfirmPassword"] = "taken over now",
        };

        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await thief.SubmitAsync("/Account/Password", Change("guess " + i))).Response.StatusCode);

        var (refused, page) = await thief.SubmitAsync("/Account/Password", Change(Password));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(T("Error.TooManyRequests", page.DocumentElement.GetAttribute("lang")!), page.QuerySelector(".error-summary li")?.TextContent.Trim());
        Assert.Equal(SecurityOutcome.LockedOut, SecurityEventsFrom(thiefAddress).Last(e => e.EventId.Id == SecurityEvents.Ids.PasswordChanged.Id).Value("Outcome"));

        // Her password is unchanged, and she signs in from her own address; the thief's address stays locked.
        await Factory.SignedInAsync(email, Password, "192.0.2.120");
        await AssertSignInRefusedAsync(email, Password, Factory.VisitorFrom(thiefAddress));
        Factory.Clock.Advance(TimeSpan.FromMinutes(16));
        var (changed, _) = await thief.SubmitAsync("/Account/Password", Change(Password));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
    }

    [Fact]
    public async Task Security_events_carry_the_user_id_the_address_and_the_outcome_and_no_email()
    {
        var email = await NewTrainerAsync();
        var id = await UserIdAsync(email);
        const string address = "198.51.100.200";
        var visitor = Factory.VisitorFrom(address);

        await RefusalTextAsync(visitor, email, "wrong password");
        var failed = Assert.Single(SecurityEventsFrom(address), e => e.EventId.Id == SecurityEvents.Ids.SignIn.Id);
        Assert.Equal(SecurityOutcome.Failed, failed.Value("Outcome"));
        Assert.Equal(id.ToString(), failed.Value("UserId"));

        await visitor.SignInAsync(email, Password);
        await visitor.SubmitAsync("/", new Dictionary<string, string?>(), formSelector: "form[action='/Account/Logout']");
        var events = SecurityEventsFrom(address);
        Assert.Equal(2, events.Count(e => e.EventId.Id == SecurityEvents.Ids.SignIn.Id));
        Assert.Equal(SecurityOutcome.Succeeded, events.Last(e => e.EventId.Id == SecurityEvents.Ids.SignIn.Id).Value("Outcome"));
        Assert.Single(events, e => e.EventId.Id == SecurityEvents.Ids.SignOut.Id && e.Value("UserId") == id.ToString());

        for (var i = 0; i < 5; i++)
            await RefusalTextAsync(visitor, email, "guess " + i);
        Assert.Single(SecurityEventsFrom(address), e => e.EventId.Id == SecurityEvents.Ids.SignInLockedOut.Id && e.Value("UserId") == id.ToString());

        await visitor.SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string?> { ["Input.Email"] = email });
        Assert.Single(SecurityEventsFrom(address), e => e.EventId.Id == SecurityEvents.Ids.PasswordResetRequested.Id && e.Value("UserId") == id.ToString());
        var link = await Factory.ReadLinkAsync(email, "/Account/ResetPassword");
        await visitor.SubmitAsync(link, new Dictionary<string, string?> { ["Input.Password"] = "reset by link", ["Input.ConfirmPassword"] = "reset by link" });
        Assert.Single(SecurityEventsFrom(address), e => e.EventId.Id == SecurityEvents.Ids.PasswordReset.Id && e.Value("Outcome") == SecurityOutcome.Succeeded);

        Factory.Clock.Advance(TimeSpan.FromMinutes(16));
        await visitor.SignInAsync(email, "reset by link");
        await visitor.SubmitAsync("/Account/Password", new Dictionary<string, string?>
        {
            ["Input.Current"] = "reset by link",
            ["Input.Password"] = "changed on the page",
            ["Input.ConfirmPassword"] = "changed on the page",
        });
        Assert.Single(SecurityEventsFrom(address), e => e.EventId.Id == SecurityEvents.Ids.PasswordChanged.Id && e.Value("Outcome") == SecurityOutcome.Succeeded);

        const string managerAddress = "198.51.100.201";
        var manager = await Factory.SignedInAsync(Demo.ManagerPt, Visitor.DemoPassword, managerAddress);
        var managerId = await UserIdAsync(Demo.ManagerPt);
        await manager.SubmitAsync("/People?q=" + Uri.EscapeDataString(email), new Dictionary<string, string?> { ["userId"] = id.ToString() }, formSelector: "form[action*='handler=Deactivate']");
        await manager.SubmitAsync("/People?q=" + Uri.EscapeDataString(email), new Dictionary<string, string?> { ["userId"] = id.ToString() }, formSelector: "form[action*='handler=Reactivate']");
        var byManager = SecurityEventsFrom(managerAddress);
        Assert.Single(byManager, e => e.EventId.Id == SecurityEvents.Ids.AccountDeactivated.Id && e.Value("UserId") == id.ToString() && e.Value("ActorId") == managerId.ToString());
        Assert.Single(byManager, e => e.EventId.Id == SecurityEvents.Ids.AccountReactivated.Id && e.Value("UserId") == id.ToString());

        Assert.All(Factory.Logs.Entries.Where(e => e.Category.StartsWith("Ponte.", StringComparison.Ordinal)), e =>
        {
            Assert.DoesNotContain(email, e.Message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(e.Values, kv => kv.Value?.ToString()?.Contains('@') == true);
        });
    }

    /// <summary>The security events written for requests from one address.</summary>
    private List<CapturedLogs.Entry> SecurityEventsFrom(string address) =>
        Factory.Logs.Entries.Where(e => e.Category == typeof(SecurityEvents).FullName && e.Value("Address") == address).ToList();

    private static List<string> HeaderNames(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers).Select(h => h.Key).Order(StringComparer.OrdinalIgnoreCase).ToList();

    private static string WithoutTokens(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        foreach (var token in page.QuerySelectorAll("input[name='__RequestVerificationToken']"))
            token.SetAttribute("value", string.Empty);
        return page.DocumentElement.OuterHtml;
    }

    /// <summary>A shared text in the given language, as the site writes it.</summary>
    private string T(string key, string culture)
    {
        var text = Factory.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Ponte.Web.Infrastructure.Localization.SharedResource>>();
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(culture);
        try
        {
            return text[key];
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>Sends what the outbox holds and reads the newest message to <paramref name="to"/> as it was written out.</summary>
    private async Task<(OutboxMessage Stored, MimeKit.MimeMessage Message)> DeliveredAsync(string to, string containing = "")
    {
        await Factory.Services.GetRequiredService<Ponte.Data.Jobs.JobRunner>().RunDueAsync();
        var stored = await Factory.WithDbAsync(db => db.Outbox.AsNoTracking()
            .Where(m => m.To == to && m.Body.Contains(containing))
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).FirstAsync());
        Assert.NotNull(stored.FileName);
        return (stored, await MimeKit.MimeMessage.LoadAsync(Path.Combine(Factory.DataDirectory, "outbox", stored.FileName!)));
    }

    private static void AssertLanguage(MimeKit.MimeMessage message, string language)
    {
        Assert.Equal(language, message.Body!.Headers[MimeKit.HeaderId.ContentLanguage]);
        Assert.Contains($"lang=\"{language}\"", message.HtmlBody, StringComparison.Ordinal);
    }

    /// <summary>A message template's subject in the given language, as the site writes it.</summary>
    private string MailSubject(string template, string culture)
    {
        using var scope = Factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<Ponte.Web.Infrastructure.Email.Notifier>().Render(template, culture, ["", ""]).Subject;
    }

    private const string SecretLinkMask = Ponte.Data.Outbox.SecretLinks.Mask;

    private async Task<string> NewTrainerAsync(string? culture = null)
    {
        var email = $"t{Interlocked.Increment(ref _next)}.{Guid.NewGuid():N}"[..20] + "@ponte.example";
        var manager = await As(Demo.ManagerPt);
        var fields = new Dictionary<string, string?>
        {
            ["Input.Name"] = "Test Trainer",
            ["Input.Email"] = email,
            ["Input.Role"] = "Trainer",
        };
        if (culture is not null)
            fields["Input.Culture"] = culture;
        var (invited, _) = await manager.SubmitAsync("/People", fields, formSelector: "form[action*='handler=Invite']");
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        await AcceptAsync(email);
        return email;
    }

    private async Task<string> NewManagerByCoordinatorAsync()
    {
        var email = $"manager.{Guid.NewGuid():N}"[..20] + "@ponte.example";
        var organisation = await Factory.WithDbAsync(db => db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => o.Id).FirstAsync());
        var coordinator = await As(Demo.Coordinator);
        var (invited, _) = await coordinator.SubmitAsync("/People", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Test Manager",
            ["Input.Email"] = email,
            ["Input.Role"] = "OrganisationManager",
            ["Input.OrganisationId"] = organisation.ToString(),
        }, formSelector: "form[action*='handler=Invite']");
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        await AcceptAsync(email);
        return email;
    }

    private async Task AcceptAsync(string email)
    {
        var link = await Factory.ReadLinkAsync(email, "/Account/AcceptInvitation");
        var (set, _) = await Anonymous().SubmitAsync(link, new Dictionary<string, string?> { ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);

    }

    private Task<Guid> UserIdAsync(string email) =>
        Factory.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private async Task<Visitor> SignedInAsync(string email) => await Factory.SignedInAsync(email, Password);

    private async Task<(Visitor Visitor, string Cookie)> SignInCopyingCookieAsync(string email, bool rememberMe = false)
    {
        var visitor = Anonymous();
        var fields = new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = Password };
        if (rememberMe)
            fields["Input.RememberMe"] = "true";
        var (response, _) = await visitor.SubmitAsync("/Account/Login", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookies = response.Headers.GetValues("Set-Cookie")
            .Where(c => c.StartsWith("ponte.auth", StringComparison.Ordinal))
            .Select(c => c[..c.IndexOf(';', StringComparison.Ordinal)]);
        return (visitor, string.Join("; ", cookies));
    }

    private async Task<HttpStatusCode> ReplayAsync(string cookie, string url)
    {
        using var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        var response = await client.SendAsync(request);
        if (response.StatusCode == HttpStatusCode.Redirect)
            Assert.StartsWith("/Account/Login", response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        return response.StatusCode;
    }

    private async Task AssertRefusedAsync(string cookie)
    {
        Assert.Equal(HttpStatusCode.Redirect, await ReplayAsync(cookie, "/Account/Password"));
        Assert.Equal(HttpStatusCode.Unauthorized, await ReplayAsync(cookie, "/api/applications"));
    }

    private async Task AssertSignInRefusedAsync(string email, string password, Visitor? visitor = null)
    {
        var (response, page) = await (visitor ?? Anonymous()).SubmitAsync("/Account/Login", new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".error-summary li"));
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("ponte.auth", StringComparison.Ordinal)));
    }

    private static async Task<string> RefusalTextAsync(Visitor visitor, string email, string password)
    {
        var (response, page) = await visitor.SubmitAsync("/Account/Login", new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page.QuerySelector(".error-summary")?.TextContent.Trim() ?? string.Empty;
    }

    private static async Task WrongPasswordsAsync(Visitor visitor, string email, int count)
    {
        for (var i = 0; i < count; i++)
            Assert.False(string.IsNullOrEmpty(await RefusalTextAsync(visitor, email, $"wrong password {i}")));
    }

    private static Task<HttpResponseMessage> DeactivateAsync(Visitor visitor, Guid userId, string page = "/People") =>
        PostWithTokenAsync(visitor, "/People?handler=Deactivate", new Dictionary<string, string> { ["userId"] = userId.ToString() }, page);

    /// <summary>Posts a form as a page would, with the antiforgery token taken from <paramref name="tokenPage"/>.</summary>
    private static async Task<HttpResponseMessage> PostWithTokenAsync(Visitor visitor, string url, Dictionary<string, string> fields, string tokenPage = "/Account/Login")
    {
        var html = await visitor.GetPageAsync(tokenPage);
        fields["__RequestVerificationToken"] = html.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? string.Empty;
        return await visitor.Http.PostAsync(url, new FormUrlEncodedContent(fields));
    }
}

public sealed class SqliteAccountTests(SqliteFactory f) : AccountTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresAccountTests(PostgresFactory f) : AccountTests(f), IClassFixture<PostgresFactory>;

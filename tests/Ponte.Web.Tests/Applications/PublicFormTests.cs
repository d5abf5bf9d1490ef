using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Applications;
using Ponte.Domain.Profiles;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Applications;

/// <summary>The anonymous application form: languages, idempotency, bad input, closed and unknown forms, the QR code.</summary>
public abstract class PublicFormTests(PonteFactory factory) : IntegrationTest(factory)
{
    private async Task<string> FormUrlAsync(string role = "mentee", string? culture = null)
    {
        var programme = await Factory.ProgrammeAsync();
        return $"/apply/{programme.PublicKey}/{role}" + (culture is null ? string.Empty : "?culture=" + culture);
    }

    private static Dictionary<string, string?> ValidAnswers(string email) => new()
    {
        ["Input.FullName"] = "Amina Yusuf",
        ["Input.Email"] = email,
        ["Input.Phone"] = "+351 910 000 000",
        ["Input.Gender"] = "Woman",
        ["Input.CountryOfOrigin"] = "SY",
        ["Input.Municipality"] = "Lisboa",
        ["Input.Postcode"] = "1100-001",
        ["Input.Languages[0].Code"] = "ar",
        ["Input.Languages[0].Level"] = "Native",
        ["Input.Languages[1].Code"] = "pt",
        ["Input.Languages[1].Level"] = "Basic",
        ["Input.Availability"] = "Monday.Morning",
        ["Input.Interests"] = "cooking, football",
        ["Input.SupportAreas"] = "JobSearch",
        ["Input.WomanMentorOnly"] = "true",
        ["Input.About"] = "I ran a bakery in Aleppo for ten years.",
        ["Input.ReferralSource"] = "EmploymentOffice",
        ["Input.ReferralDetail"] = "IEFP Lisboa",
        ["Input.Consent"] = "true",
    };

    private static readonly KeyValuePair<string, string>[] MoreAnswers =
    [
        new("Input.Availability", "Wednesday.Evening"),
        new("Input.SupportAreas", "Qualifications"),
    ];

    private Task<int> CountAsync(string email) =>
        Factory.WithDbAsync(db => db.Applications.CountAsync(a => a.Profile.Email == email));

    [Fact]
    public async Task An_applicant_sends_the_form_sees_thanks_and_the_manager_finds_her_in_the_inbox()
    {
        var url = await FormUrlAsync();
        var email = ApplicationsFixtures.UniqueEmail("amina");
        var visitor = Anonymous();

        var form = await visitor.GetPageAsync(url);
        Assert.NotNull(form.QuerySelector("input[type=hidden][name='Input.SubmissionKey']"));
        var programme = await Factory.ProgrammeAsync();
        Assert.Equal(programme.PrivacyNoticeVersion, form.QuerySelector<IHtmlInputElement>("input[name='Input.PrivacyNoticeVersion']")?.Value);
        Assert.Contains(programme.PrivacyNoticeVersion, form.QuerySelector("label[for='Input_Consent']")?.TextContent);
        Assert.Equal(7, form.QuerySelectorAll("table.availability tbody tr").Length);
        Assert.Equal(21, form.QuerySelectorAll("table.availability input[type=checkbox]").Length);
        Assert.All(form.QuerySelectorAll("table.availability input[type=checkbox]"),
            box => Assert.NotNull(form.QuerySelector($"label[for='{box.Id}']")));
        Assert.Equal(12, form.QuerySelectorAll("input[name='Input.SupportAreas']").Length);
        Assert.Equal(4, form.QuerySelectorAll("select[name$='].Code']").Length);

        var (response, _) = await visitor.SubmitAsync(url, ValidAnswers(email), extra: MoreAnswers);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var thanksUrl = response.Headers.Location!.OriginalString;
        Assert.StartsWith(url + "/thanks", thanksUrl, StringComparison.Ordinal);
        var thanks = await visitor.GetPageAsync(thanksUrl);
        Assert.Contains(programme.Name, thanks.QuerySelector("main")!.TextContent);

        var stored = await Factory.WithDbAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.Profile.Email == email));
        Assert.Equal(ApplicationStatus.Submitted, stored.Status);
        Assert.Equal(ParticipantRole.Mentee, stored.Role);
        Assert.Equal(programme.Id, stored.ProgrammeId);
        Assert.Equal(programme.OrganisationId, stored.OrganisationId);
        Assert.Equal("Amina Yusuf", stored.Profile.FullName);
        Assert.Equal("+351 910 000 000", stored.Profile.Phone);
        Assert.Equal(Gender.Woman, stored.Profile.Gender);
        Assert.Equal("SY", stored.Profile.CountryOfOrigin);
        Assert.Equal(("Lisboa", "1100-001"), (stored.Profile.Municipality, stored.Profile.Postcode));
        Assert.Equal([new LanguageSkill("ar", LanguageLevel.Native), new LanguageSkill("pt", LanguageLevel.Basic)], stored.Profile.Languages.OrderBy(l => l.Code));
        Assert.True(stored.Profile.Availability.Has(DayOfWeek.Monday, DayPart.Morning));
        Assert.True(stored.Profile.Availability.Has(DayOfWeek.Wednesday, DayPart.Evening));
        Assert.Equal(2, stored.Profile.Availability.Count);
        Assert.Equal(["cooking", "football"], stored.Profile.Interests);
        Assert.Equal(SupportAreas.JobSearch | SupportAreas.Qualifications, stored.Profile.SupportAreas);
        Assert.Equal(new MatchingPreferences(true, false, false), stored.Profile.Preferences);
        Assert.Equal(ReferralSource.EmploymentOffice, stored.ReferralSource);
        Assert.Equal("IEFP Lisboa", stored.ReferralDetail);
        Assert.Equal(programme.PrivacyNoticeVersion, stored.PrivacyNoticeVersion);
        Assert.Equal(Factory.Clock.GetUtcNow(), stored.ConsentGivenAt);
        Assert.Equal("en", stored.Profile.PreferredLanguage);

        var manager = await Factory.SessionAsync(Demo.ManagerPt);
        var inbox = await manager.GetPageAsync("/Applications?q=" + Uri.EscapeDataString(email));
        var link = inbox.QuerySelector($"table a[href='/Applications/{stored.Id}']");
        Assert.NotNull(link);
        Assert.Equal("Amina Yusuf", link.TextContent.Trim());
    }

    [Fact]
    public async Task The_same_form_posted_twice_stores_one_application_and_both_posts_see_the_thanks()
    {
        var url = await FormUrlAsync();
        var email = ApplicationsFixtures.UniqueEmail("twice");
        var visitor = Anonymous();
        var page = await visitor.GetPageAsync(url);
        var body = ApplicationsFixtures.FormValues(page, "main form[method=post]", ValidAnswers(email));

        var first = await visitor.PostFormAsync(url, body);
        var second = await visitor.PostFormAsync(url, body);

        Assert.Equal(HttpStatusCode.Redirect, first.Response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.Response.StatusCode);
        Assert.Equal(first.Response.Headers.Location, second.Response.Headers.Location);
        Assert.Equal(1, await CountAsync(email));

        // A fresh copy of the form from her, while her application is open, adds nothing either (DuplicateApplicationTests).
        var (again, _) = await visitor.SubmitAsync(url, ValidAnswers(email));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(1, await CountAsync(email));

        // Another person's form is a new application.
        var other = ApplicationsFixtures.UniqueEmail("other");
        var (third, _) = await visitor.SubmitAsync(url, ValidAnswers(other));
        Assert.Equal(HttpStatusCode.Redirect, third.StatusCode);
        Assert.Equal(1, await CountAsync(other));
    }

    [Fact]
    public async Task The_applicant_picks_her_language_and_arabic_reads_right_to_left()
    {
        var url = await FormUrlAsync();
        var english = await Anonymous().GetPageAsync(url + "?culture=en");
        foreach (var culture in new[] { "en", "pt", "uk", "ar" })
            Assert.NotNull(english.QuerySelector($"nav a[href='?culture={culture}'][lang={culture}]"));

        var arabic = await Anonymous().GetPageAsync(url + "?culture=ar");
        Assert.Equal("rtl", arabic.DocumentElement.GetAttribute("dir"));
        Assert.Equal("ar", arabic.DocumentElement.GetAttribute("lang"));
        Assert.NotEqual(english.QuerySelector("h1")!.TextContent, arabic.QuerySelector("h1")!.TextContent);

        // Country and language names come in her language, sorted for it.
        var portuguese = await Anonymous().GetPageAsync(url + "?culture=pt");
        Assert.Equal("Alemanha", portuguese.QuerySelector("#Input_CountryOfOrigin option[value=DE]")?.TextContent);
        Assert.Equal("Ucraniano", portuguese.QuerySelector("#Input_Languages_0__Code option[value=uk]")?.TextContent);
        var countries = portuguese.QuerySelectorAll("#Input_CountryOfOrigin option").Skip(1).Select(o => o.TextContent).ToList();
        Assert.True(countries.Count > 190);
        Assert.Equal(countries.Order(StringComparer.Create(new System.Globalization.CultureInfo("pt"), true)), countries);
    }

    [Fact]
    public async Task A_form_sent_in_portuguese_stores_portuguese_and_answers_errors_in_portuguese()
    {
        var url = await FormUrlAsync(culture: "pt");
        var email = ApplicationsFixtures.UniqueEmail("pt");
        var visitor = Anonymous();

        var answers = ValidAnswers(email);
        answers["Input.FullName"] = "";
        var (invalid, page) = await visitor.SubmitAsync(url, answers);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Equal("Este campo é obrigatório.", page.ErrorNextTo("Input_FullName"));

        var (response, _) = await visitor.SubmitAsync(url, ValidAnswers(email));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("culture=pt", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var stored = await Factory.WithDbAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.Profile.Email == email));
        Assert.Equal("pt", stored.Profile.PreferredLanguage);
    }

    [Fact]
    public async Task The_mentor_form_asks_what_she_offers_and_has_no_mentee_preferences()
    {
        var url = await FormUrlAsync("mentor");
        var email = ApplicationsFixtures.UniqueEmail("mentor");
        var page = await Anonymous().GetPageAsync(url);
        Assert.Null(page.QuerySelector("input[name='Input.WomanMentorOnly']"));

        var (response, _) = await Anonymous().SubmitAsync(url, ValidAnswers(email));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await Factory.WithDbAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.Profile.Email == email));
        Assert.Equal(ParticipantRole.Mentor, stored.Role);
        Assert.Equal(MatchingPreferences.None, stored.Profile.Preferences);
    }

    public static TheoryData<string> BadInputs() => [.. BadInputCases.Keys];

    /// <summary>Each case: the answers to change (null removes the field) and the field that must show the message.</summary>
    private static readonly Dictionary<string, (Dictionary<string, string?> Changes, string FieldId)> BadInputCases = new()
    {
        ["empty name"] = (new() { ["Input.FullName"] = "  " }, "Input_FullName"),
        ["too long name"] = (new() { ["Input.FullName"] = new string('a', 201) }, "Input_FullName"),
        ["bad email"] = (new() { ["Input.Email"] = "amina.example.org" }, "Input_Email"),
        ["empty email"] = (new() { ["Input.Email"] = "" }, "Input_Email"),
        ["too long phone"] = (new() { ["Input.Phone"] = new string('1', 41) }, "Input_Phone"),
        ["no gender"] = (new() { ["Input.Gender"] = null }, "Input_Gender"),
        ["unknown gender"] = (new() { ["Input.Gender"] = "Alien" }, "Input_Gender"),
        ["numeric gender"] = (new() { ["Input.Gender"] = "7" }, "Input_Gender"),
        ["no country"] = (new() { ["Input.CountryOfOrigin"] = "" }, "Input_CountryOfOrigin"),
        ["unknown country"] = (new() { ["Input.CountryOfOrigin"] = "XX" }, "Input_CountryOfOrigin"),
        ["empty municipality"] = (new() { ["Input.Municipality"] = "" }, "Input_Municipality"),
        ["too long postcode"] = (new() { ["Input.Postcode"] = new string('9', 21) }, "Input_Postcode"),
        ["no language"] = (new() { ["Input.Languages[0].Code"] = "", ["Input.Languages[0].Level"] = "", ["Input.Languages[1].Code"] = "", ["Input.Languages[1].Level"] = "" }, "Input_Languages"),
        ["language without level"] = (new() { ["Input.Languages[1].Level"] = "" }, "Input_Languages_1__Level"),
        ["unknown level"] = (new() { ["Input.Languages[0].Level"] = "Expert" }, "Input_Languages_0__Level"),
        ["unknown language"] = (new() { ["Input.Languages[0].Code"] = "zz" }, "Input_Languages_0__Code"),
        ["no availability"] = (new() { ["Input.Availability"] = null }, "Input_Availability"),
        ["unknown availability"] = (new() { ["Input.Availability"] = "Funday.Morning" }, "Input_Availability"),
        ["too long interest"] = (new() { ["Input.Interests"] = "cooking, " + new string('x', 61) }, "Input_Interests"),
        ["no support area"] = (new() { ["Input.SupportAreas"] = null }, "Input_SupportAreas"),
        ["unknown support area"] = (new() { ["Input.SupportAreas"] = "Flying" }, "Input_SupportAreas"),
        ["too long about"] = (new() { ["Input.About"] = new string('a', 2001) }, "Input_About"),
        ["no referral"] = (new() { ["Input.ReferralSource"] = "" }, "Input_ReferralSource"),
        ["unknown referral"] = (new() { ["Input.ReferralSource"] = "Pigeon" }, "Input_ReferralSource"),
        ["too long referral detail"] = (new() { ["Input.ReferralDetail"] = new string('a', 201) }, "Input_ReferralDetail"),
        ["no consent"] = (new() { ["Input.Consent"] = null }, "Input_Consent"),
        ["consent that is not a yes"] = (new() { ["Input.Consent"] = "maybe" }, "Input_Consent"),
        ["old privacy notice"] = (new() { ["Input.PrivacyNoticeVersion"] = "2019-01" }, "Input_Consent"),
        ["preference that is not a yes"] = (new() { ["Input.SameGender"] = "perhaps" }, "Input_SameGender"),
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_shows_a_message_next_to_the_field_keeps_the_answers_and_stores_nothing(string @case)
    {
        var (changes, fieldId) = BadInputCases[@case];
        var url = await FormUrlAsync();
        var email = ApplicationsFixtures.UniqueEmail("bad");
        var answers = ValidAnswers(email);
        foreach (var (key, value) in changes)
            answers[key] = value;

        var (response, page) = await Anonymous().SubmitAsync(url, answers, extra: changes.ContainsKey("Input.Availability") ? [] : [MoreAnswers[0]]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = page.ErrorNextTo(fieldId);
        Assert.False(string.IsNullOrEmpty(message), $"No message next to {fieldId}");
        Assert.Contains(message, page.QuerySelector(".error-summary")?.TextContent);
        Assert.Equal(0, await CountAsync(email));

        // What she typed is still there.
        if (!changes.ContainsKey("Input.FullName"))
            Assert.Equal("Amina Yusuf", page.QuerySelector<IHtmlInputElement>("#Input_FullName")?.Value);
        if (!changes.ContainsKey("Input.Email"))
            Assert.Equal(email, page.QuerySelector<IHtmlInputElement>("#Input_Email")?.Value);
        if (!changes.ContainsKey("Input.CountryOfOrigin"))
            Assert.Equal("SY", page.QuerySelector<IHtmlSelectElement>("#Input_CountryOfOrigin")?.Value);
        if (!changes.Keys.Any(k => k.StartsWith("Input.Languages[0]", StringComparison.Ordinal)))
            Assert.Equal("ar", page.QuerySelector<IHtmlSelectElement>("#Input_Languages_0__Code")?.Value);
        if (!changes.ContainsKey("Input.Availability"))
            Assert.True(page.QuerySelector<IHtmlInputElement>("input[name='Input.Availability'][value='Wednesday.Evening']")?.IsChecked);
        if (!changes.ContainsKey("Input.SupportAreas"))
            Assert.True(page.QuerySelector<IHtmlInputElement>("input[name='Input.SupportAreas'][value='JobSearch']")?.IsChecked);
        if (!changes.ContainsKey("Input.About"))
            Assert.Equal("I ran a bakery in Aleppo for ten years.", page.QuerySelector<IHtmlTextAreaElement>("#Input_About")?.Value);
        if (!changes.ContainsKey("Input.ReferralSource"))
            Assert.Equal("EmploymentOffice", page.QuerySelector<IHtmlSelectElement>("#Input_ReferralSource")?.Value);
        Assert.Equal(changes.ContainsKey("Input.Consent") || changes.ContainsKey("Input.PrivacyNoticeVersion") ? false : true,
            page.QuerySelector<IHtmlInputElement>("#Input_Consent")?.IsChecked);
    }

    [Fact]
    public async Task An_empty_form_lists_every_missing_answer_at_once_each_linking_to_its_field()
    {
        var url = await FormUrlAsync();
        var visitor = Anonymous();
        // A browser sends every select, even on its empty first option.
        var empty = (await visitor.GetPageAsync(url)).QuerySelectorAll("main form select").ToDictionary(s => s.GetAttribute("name")!, _ => (string?)string.Empty);
        var (response, page) = await visitor.SubmitAsync(url, empty);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string[] missing =
        [
            "Input_FullName", "Input_Email", "Input_Gender", "Input_CountryOfOrigin", "Input_Municipality", "Input_Postcode",
            "Input_Languages", "Input_Availability", "Input_SupportAreas", "Input_ReferralSource", "Input_Consent",
        ];
        foreach (var id in missing)
            Assert.False(string.IsNullOrEmpty(page.ErrorNextTo(id)), $"No message next to {id}");
        var links = page.QuerySelectorAll(".error-summary li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(missing.Select(id => "#" + id), links);
        Assert.All(missing, id => Assert.NotNull(page.GetElementById(id)));
    }

    [Fact]
    public async Task After_an_old_privacy_notice_the_form_carries_the_current_version_and_then_goes_through()
    {
        var url = await FormUrlAsync();
        var email = ApplicationsFixtures.UniqueEmail("notice");
        var visitor = Anonymous();
        var page = await visitor.GetPageAsync(url);
        var answers = ValidAnswers(email);
        answers["Input.PrivacyNoticeVersion"] = "2019-01";
        var (_, again) = await visitor.PostFormAsync(url, ApplicationsFixtures.FormValues(page, "main form[method=post]", answers));

        var programme = await Factory.ProgrammeAsync();
        Assert.Equal(programme.PrivacyNoticeVersion, again.QuerySelector<IHtmlInputElement>("input[name='Input.PrivacyNoticeVersion']")?.Value);
        var (response, _) = await visitor.PostFormAsync(url, ApplicationsFixtures.FormValues(again, "main form[method=post]", new Dictionary<string, string?> { ["Input.Consent"] = "true" }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await CountAsync(email));
    }

    [Fact]
    public async Task A_form_without_its_submission_key_is_refused_with_a_new_key_to_send_again()
    {
        var url = await FormUrlAsync();
        var email = ApplicationsFixtures.UniqueEmail("nokey");
        var answers = ValidAnswers(email);
        answers["Input.SubmissionKey"] = "not-a-key";
        var (response, page) = await Anonymous().SubmitAsync(url, answers);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.True(Guid.TryParse(page.QuerySelector<IHtmlInputElement>("input[name='Input.SubmissionKey']")?.Value, out _));
        Assert.Equal(0, await CountAsync(email));
    }

    [Fact]
    public async Task Posting_the_form_without_an_antiforgery_token_is_rejected()
    {
        var url = await FormUrlAsync();
        var email = ApplicationsFixtures.UniqueEmail("csrf");
        var visitor = Anonymous();
        var page = await visitor.GetPageAsync(url);
        var (response, _) = await visitor.PostFormAsync(url, ApplicationsFixtures.FormValues(page, "main form[method=post]", ValidAnswers(email), withToken: false));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await CountAsync(email));
    }

    [Theory]
    [InlineData("/apply/0000000000000000/mentee")]
    [InlineData("/apply/0000000000000000/mentee/thanks")]
    [InlineData("/apply/0000000000000000/mentee/qr.png")]
    public async Task An_unknown_form_link_gives_a_friendly_404(string url)
    {
        var response = await Anonymous().Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_role_gives_a_friendly_404_page_in_her_language()
    {
        var programme = await Factory.ProgrammeAsync();
        var page = await Anonymous().GetPageAsync($"/apply/{programme.PublicKey}/trainer?culture=uk", HttpStatusCode.NotFound);
        Assert.Equal("Форму заявки не знайдено", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task A_closed_programme_says_so_and_stores_nothing()
    {
        var programme = await Factory.ProgrammeAsync("LV");
        var url = $"/apply/{programme.PublicKey}/mentee";
        var visitor = Anonymous();
        var open = await visitor.GetPageAsync(url);
        await Factory.WithDbAsync(async db =>
        {
            var p = await db.Programmes.SingleAsync(x => x.Id == programme.Id);
            p.CloseApplications();
            return await db.SaveChangesAsync();
        });
        try
        {
            var closed = await visitor.GetPageAsync(url);
            Assert.Null(closed.QuerySelector("main form[method=post]"));
            Assert.Contains(programme.Name, closed.QuerySelector("main")!.TextContent);

            var email = ApplicationsFixtures.UniqueEmail("closed");
            var (response, _) = await visitor.PostFormAsync(url, ApplicationsFixtures.FormValues(open, "main form[method=post]", ValidAnswers(email)));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(0, await CountAsync(email));
        }
        finally
        {
            await Factory.WithDbAsync(async db =>
            {
                var p = await db.Programmes.SingleAsync(x => x.Id == programme.Id);
                p.OpenApplications();
                return await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task The_qr_code_is_a_cacheable_png_of_the_form_address()
    {
        var url = await FormUrlAsync("mentor");
        var response = await Anonymous().Http.GetAsync(url + "/qr.png");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.True(response.Headers.CacheControl?.MaxAge > TimeSpan.Zero);

        var mentee = await (await Anonymous().Http.GetAsync((await FormUrlAsync("mentee")) + "/qr.png")).Content.ReadAsByteArrayAsync();
        Assert.NotEqual(bytes, mentee);
    }
}

public sealed class SqlitePublicFormTests(SqliteFactory f) : PublicFormTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresPublicFormTests(PostgresFactory f) : PublicFormTests(f), IClassFixture<PostgresFactory>;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Common;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Relationships;
using Ponte.Domain.Screening;
using Ponte.Web.Tests.Infrastructure;
using Ponte.Web.Features.Matching;
using Ponte.Web.Tests.Mentors;

namespace Ponte.Web.Tests.Matching;

/// <summary>
/// The match board over HTTP, on a programme arranged for each test: a woman and a man mentor who
/// speak Ukrainian, a mentor not yet ready, a mentee who asked for a woman mentor, one without
/// conditions, and one who speaks only Arabic.
/// </summary>
public abstract class MatchBoardTests(PonteFactory factory) : ReadinessTest(factory)
{
    [Fact]
    public async Task A_run_proposes_the_best_pairs_explains_them_and_approval_matches_both_and_tells_them()
    {
        var w = await Factory.MatchingWorldAsync();
        var manager = await SignedIn(Demo.ManagerPt);

        var response = await manager.PostJsonAsync($"/api/programmes/{w.Programme}/matching-runs", new { });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var run = await response.Content.ReadFromJsonAsync<JsonElement>();
        var runId = run.GetProperty("id").GetGuid();
        Assert.Equal($"/api/matching-runs/{runId}", response.Headers.Location?.OriginalString);
        Assert.Equal(3, run.GetProperty("menteesWaiting").GetInt32());
        Assert.Equal(2, run.GetProperty("mentorsAvailable").GetInt32());

        // The woman-only mentee gets the woman mentor, the other the man; both pairs speak Ukrainian.
        var proposals = run.GetProperty("proposals").EnumerateArray().ToList();
        Assert.Equal(2, proposals.Count);
        var olena = proposals.Single(p => p.GetProperty("menteeId").GetGuid() == w.Olena);
        var iryna = proposals.Single(p => p.GetProperty("menteeId").GetGuid() == w.Iryna);
        Assert.Equal(w.Ana, olena.GetProperty("mentorId").GetGuid());
        Assert.Equal(w.Bruno, iryna.GetProperty("mentorId").GetGuid());
        Assert.Equal("Olena Kovalenko", olena.GetProperty("menteeName").GetString());
        Assert.Equal("Ana Costa", olena.GetProperty("mentorName").GetString());
        foreach (var p in proposals)
        {
            var breakdown = p.GetProperty("breakdown").EnumerateArray().ToList();
            Assert.Equal(7, breakdown.Count);
            Assert.Equal(p.GetProperty("score").GetDecimal(), breakdown.Sum(c => c.GetProperty("points").GetDecimal()));
            Assert.All(breakdown, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("text").GetString())));
            Assert.All(breakdown, c => Assert.True(c.GetProperty("points").GetDecimal() <= c.GetProperty("weight").GetDecimal()));
            var language = breakdown.Single(c => c.GetProperty("criterion").GetString() == "Language");
            Assert.Equal("uk", language.GetProperty("facts").GetProperty("language").GetString());
            Assert.Equal("Proposed", p.GetProperty("status").GetString());
        }

        // Distance from the municipalities' centres: Lisboa and Amadora are about 10 km apart; two in Lisboa are "in the same area".
        var apart = iryna.GetProperty("breakdown").EnumerateArray().Single(c => c.GetProperty("criterion").GetString() == "Proximity");
        Assert.InRange(apart.GetProperty("facts").GetProperty("distanceKm").GetInt64(), 8, 12);
        var near = olena.GetProperty("breakdown").EnumerateArray().Single(c => c.GetProperty("criterion").GetString() == "Proximity");
        Assert.Equal("Lisboa", near.GetProperty("facts").GetProperty("sameArea").GetString());

        // Iryna's alternatives are the other mentors who could take her: Ana, not the unready Carla.
        var alternatives = iryna.GetProperty("alternatives").EnumerateArray().ToList();
        Assert.Equal([w.Ana], alternatives.Select(a => a.GetProperty("mentorId").GetGuid()));
        Assert.Equal(7, alternatives[0].GetProperty("breakdown").GetArrayLength());

        // Farah shares no language with any mentor: unmatched, with the reason.
        var farah = Assert.Single(run.GetProperty("unmatched").EnumerateArray());
        Assert.Equal(w.Farah, farah.GetProperty("menteeId").GetGuid());
        Assert.Equal("NoMentorSharesLanguage", farah.GetProperty("reason").GetString());
        Assert.False(string.IsNullOrWhiteSpace(farah.GetProperty("text").GetString()));

        // Approving is its own call: the relationship starts, both are matched and both are told.
        var olenaProposal = olena.GetProperty("id").GetGuid();
        var approved = await manager.PostJsonAsync($"/api/matching-runs/{runId}/proposals/{olenaProposal}/approve", new { });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var decided = await approved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Approved", decided.GetProperty("status").GetString());
        var relationshipId = decided.GetProperty("relationshipId").GetGuid();
        Assert.Equal(ParticipantStatus.Matched, (await Factory.ParticipantAsync(w.Olena)).Status);
        Assert.Equal(ParticipantStatus.Matched, (await Factory.ParticipantAsync(w.Ana)).Status);
        var relationship = await Factory.WithDbAsync(db => db.Relationships.SingleAsync(r => r.Id == relationshipId));
        Assert.Equal((w.Ana, w.Olena, RelationshipStatus.Active), (relationship.MentorId, relationship.MenteeId, relationship.Status));
        var mail = await Factory.WithDbAsync(db => db.Outbox.Where(m => m.To == w.OlenaEmail || m.To == w.AnaEmail).ToListAsync());
        Assert.Equal(2, mail.Count);
        Assert.Contains(mail, m => m.To == w.OlenaEmail && m.Body.Contains("Ana Costa", StringComparison.Ordinal));
        Assert.Contains(mail, m => m.To == w.AnaEmail && m.Body.Contains("Olena Kovalenko", StringComparison.Ordinal));

        // A decision is taken once.
        var again = await manager.PostJsonAsync($"/api/matching-runs/{runId}/proposals/{olenaProposal}/approve", new { });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("ProposalDecided", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        // A new arrival joins and the list is run again: the approved pair stays as it is.
        var nadia = await Factory.MatchingMenteeAsync(w.Programme, "Nadia Shevchenko", [new("uk", LanguageLevel.Native)]);
        response = await manager.PostJsonAsync($"/api/programmes/{w.Programme}/matching-runs", new { });
        var rerun = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, rerun.GetProperty("alreadyMatched").GetInt32());
        var placed = rerun.GetProperty("proposals").EnumerateArray().Select(p => p.GetProperty("menteeId").GetGuid()).ToList();
        Assert.DoesNotContain(w.Olena, placed);
        Assert.DoesNotContain(rerun.GetProperty("proposals").EnumerateArray(), p => p.GetProperty("mentorId").GetGuid() == w.Ana);
        Assert.Single(placed, m => m == w.Iryna || m == nadia);
        Assert.Equal(ParticipantStatus.Matched, (await Factory.ParticipantAsync(w.Olena)).Status);

        // The first run's remaining proposal can no longer be decided.
        var stale = await manager.PostJsonAsync($"/api/matching-runs/{runId}/proposals/{iryna.GetProperty("id").GetGuid()}/approve", new { });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("RunSuperseded", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(ParticipantStatus.ReadyToMatch, (await Factory.ParticipantAsync(w.Iryna)).Status);
    }

    [Fact]
    public async Task A_choice_by_hand_is_scored_or_refused_with_the_hard_rule_named()
    {
        var w = await Factory.MatchingWorldAsync();
        var manager = await SignedIn(Demo.ManagerPt);
        var run = await (await manager.PostJsonAsync($"/api/programmes/{w.Programme}/matching-runs", new { })).Content.ReadFromJsonAsync<JsonElement>();
        var runId = run.GetProperty("id").GetGuid();

        var elsewhere = await Factory.ReadyMentorAsync(await Factory.ProgrammeAsync("PT", 0, 0, $"Other {Guid.NewGuid():N}"[..20]), "Dora Elsewhere");
        foreach (var (mentee, mentor, rule) in new[]
        {
            (w.Olena, w.Bruno, "WomanMentorOnly"),
            (w.Iryna, elsewhere, "DifferentProgramme"),
            (w.Iryna, w.Carla, "MentorNotReady"),
            (w.Farah, w.Ana, "NoSharedLanguage"),
        })
        {
            var refused = await manager.PostJsonAsync($"/api/matching-runs/{runId}/choices", new { menteeId = mentee, mentorId = mentor });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(rule, problem.GetProperty("rule").GetString());
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("errors").GetProperty("mentorId")[0].GetString()));
        }

        // The refusal is worded by the board's own texts (the domain's message only names the rule), in her language (Portuguese).
        var worded = await (await manager.PostJsonAsync($"/api/matching-runs/{runId}/choices", new { menteeId = w.Olena, mentorId = w.Bruno }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Recusado por uma regra obrigatória (preferência dela): pediu uma mentora mulher.", worded.GetProperty("errors").GetProperty("mentorId")[0].GetString());

        // Nothing was replaced by the refusals.
        var latest = await (await manager.Http.GetAsync($"/api/programmes/{w.Programme}/matching-runs/latest")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(w.Ana, latest.GetProperty("proposals").EnumerateArray().Single(p => p.GetProperty("menteeId").GetGuid() == w.Olena).GetProperty("mentorId").GetGuid());

        // An allowed choice replaces her proposal and shows its score, like any pair.
        var chosen = await manager.PostJsonAsync($"/api/matching-runs/{runId}/choices", new { menteeId = w.Iryna, mentorId = w.Ana });
        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        var proposal = await chosen.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(proposal.GetProperty("chosenByHand").GetBoolean());
        Assert.Equal(w.Ana, proposal.GetProperty("mentorId").GetGuid());
        Assert.True(proposal.GetProperty("score").GetDecimal() > 0);
        Assert.Equal(proposal.GetProperty("score").GetDecimal(), proposal.GetProperty("breakdown").EnumerateArray().Sum(c => c.GetProperty("points").GetDecimal()));

        // Input a person can type wrongly gets a 400, never a 500.
        var noMentor = await manager.PostJsonAsync($"/api/matching-runs/{runId}/choices", new { menteeId = w.Iryna });
        Assert.Equal(HttpStatusCode.BadRequest, noMentor.StatusCode);
        var unknown = await manager.PostJsonAsync($"/api/matching-runs/{runId}/choices", new { menteeId = w.Iryna, mentorId = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var notHers = await manager.PostJsonAsync($"/api/matching-runs/{runId}/choices", new { menteeId = Guid.NewGuid(), mentorId = w.Ana });
        Assert.Equal(HttpStatusCode.BadRequest, notHers.StatusCode);

        // On the page the refusal is shown next to the mentee's mentor field, naming the rule.
        var board = $"/Matching/{w.Programme}?show=All";
        var (page, doc) = await manager.SubmitAsync(board, new Dictionary<string, string?> { ["mentorId"] = w.Bruno.ToString() }, $"form.choose[action*='menteeId={w.Olena}']");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var error = doc.QuerySelector($"#choose-error-{w.Olena}");
        Assert.NotNull(error);
        Assert.False(string.IsNullOrWhiteSpace(error.TextContent));
        Assert.Equal($"choose-error-{w.Olena}", doc.QuerySelector($"#choose-{w.Olena}")?.GetAttribute("aria-describedby"));
        var stored = await Factory.WithDbAsync(db => db.MatchingRuns.SingleAsync(r => r.Id == runId));
        Assert.Equal(w.Ana, stored.Proposals.Single(p => p.MenteeId == w.Olena).MentorId);
    }

    [Fact]
    public async Task Approving_a_pair_whose_mentor_has_since_left_is_refused_with_the_rule_named()
    {
        var w = await Factory.MatchingWorldAsync();
        var manager = await SignedIn(Demo.ManagerPt);
        var run = await (await manager.PostJsonAsync($"/api/programmes/{w.Programme}/matching-runs", new { })).Content.ReadFromJsonAsync<JsonElement>();
        var runId = run.GetProperty("id").GetGuid();
        var proposals = run.GetProperty("proposals").EnumerateArray().ToList();
        var olena = proposals.Single(p => p.GetProperty("menteeId").GetGuid() == w.Olena).GetProperty("id").GetGuid();
        await Factory.WithDbAsync(async db =>
        {
            var ana = await db.Participants.SingleAsync(p => p.Id == w.Ana);
            ana.Withdraw("Moved away", ReadinessArrangements.Staff, Factory.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });

        var refused = await manager.PostJsonAsync($"/api/matching-runs/{runId}/proposals/{olena}/approve", new { });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("MentorNotReady", problem.GetProperty("rule").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));

        // On the page the refusal is said above the board, and nothing changed.
        var (page, doc) = await manager.SubmitAsync($"/Matching/{w.Programme}?q=Olena", new Dictionary<string, string?>(), "form[action*='handler=Approve']");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("#form-errors li")?.TextContent));
        Assert.Equal(ParticipantStatus.ReadyToMatch, (await Factory.ParticipantAsync(w.Olena)).Status);
        Assert.False(await Factory.WithDbAsync(db => db.Relationships.AnyAsync(r => r.MenteeId == w.Olena)));
    }

    [Fact]
    public async Task The_board_page_runs_matching_shows_the_breakdown_and_approves_or_rejects()
    {
        var w = await Factory.MatchingWorldAsync();
        var manager = await SignedIn(Demo.ManagerPt);
        var board = $"/Matching/{w.Programme}";

        var empty = await manager.GetPageAsync(board);
        Assert.NotNull(empty.QuerySelector("p.empty"));
        var (ran, _) = await manager.SubmitAsync(board, new Dictionary<string, string?>(), "form[data-progress]");
        Assert.Equal(HttpStatusCode.Redirect, ran.StatusCode);

        var doc = await manager.GetPageAsync(board);
        var items = doc.QuerySelectorAll("li.proposal");
        Assert.Equal(2, items.Length);
        Assert.All(items, li => Assert.Equal(7, li.QuerySelectorAll("table.breakdown tbody tr").Length));
        Assert.All(items, li => Assert.All(li.QuerySelectorAll("table.breakdown tbody td:last-child"), td => Assert.False(string.IsNullOrWhiteSpace(td.TextContent))));
        var unmatched = Assert.Single(doc.QuerySelectorAll("ul.unmatched > li"));
        Assert.Contains("Farah Nasser", unmatched.TextContent, StringComparison.Ordinal);

        // Search narrows the list to one mentee.
        var searched = await manager.GetPageAsync(board + "?q=Olena");
        Assert.Single(searched.QuerySelectorAll("li.proposal"));

        // Reject Iryna's proposal, approve Olena's.
        var (rejected, _) = await manager.SubmitAsync(board + "?q=Iryna", new Dictionary<string, string?>(), "form[action*='handler=Reject']");
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var (approved, _) = await manager.SubmitAsync(board + "?q=Olena", new Dictionary<string, string?>(), "form[action*='handler=Approve']");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(ParticipantStatus.Matched, (await Factory.ParticipantAsync(w.Olena)).Status);
        Assert.Equal(ParticipantStatus.ReadyToMatch, (await Factory.ParticipantAsync(w.Iryna)).Status);

        var all = await manager.GetPageAsync(board + "?show=All");
        Assert.Equal(2, all.QuerySelectorAll("li.proposal").Length);
        Assert.Single(all.QuerySelectorAll("li.proposal.status-approved"));
        Assert.Single(all.QuerySelectorAll("li.proposal.status-rejected"));
        Assert.Empty((await manager.GetPageAsync(board)).QuerySelectorAll("li.proposal"));
    }

    [Fact]
    public async Task Settings_change_the_weights_and_bad_values_are_refused_next_to_the_field()
    {
        var w = await Factory.MatchingWorldAsync();
        var manager = await SignedIn(Demo.ManagerPt);
        var url = $"/api/programmes/{w.Programme}/matching-settings";
        var settings = await (await manager.Http.GetAsync(url)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(25m, settings.GetProperty("weights").GetProperty("language").GetDecimal());
        var version = settings.GetProperty("version").GetGuid();
        var weights = new { language = 30, proximity = 10, availability = 20, interests = 0, complementaryNeeds = 20, identity = 5, supportIntensity = 15.5m };

        foreach (var (body, field) in new (object Body, string Field)[]
        {
            (new { weights, interpreterLanguages = new[] { "xx1" }, maxDistanceKm = 30, version }, "interpreterLanguages"),
            (new { weights = new { language = -1, proximity = 10, availability = 20, interests = 0, complementaryNeeds = 20, identity = 5, supportIntensity = 5 }, maxDistanceKm = 30, version }, "weights.language"),
            (new { weights = new { language = 1, proximity = 1001, availability = 20, interests = 0, complementaryNeeds = 20, identity = 5, supportIntensity = 5 }, maxDistanceKm = 30, version }, "weights.proximity"),
            (new { weights = new { language = 1, proximity = 1, availability = 20.125m, interests = 0, complementaryNeeds = 20, identity = 5, supportIntensity = 5 }, maxDistanceKm = 30, version }, "weights.availability"),
            (new { weights, maxDistanceKm = 0, version }, "maxDistanceKm"),
        })
        {
            var refused = await manager.PutJsonAsync(url, body);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), field);
        }

        var saved = await manager.PutJsonAsync(url, new { weights, interpreterLanguages = new[] { "ar" }, maxDistanceKm = 30, version });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var stale = await manager.PutJsonAsync(url, new { weights, interpreterLanguages = new[] { "ar" }, maxDistanceKm = 30, version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        // The next run uses them: an interpreter for Arabic lets Farah be matched, and interests weigh nothing.
        var run = await (await manager.PostJsonAsync($"/api/programmes/{w.Programme}/matching-runs", new { })).Content.ReadFromJsonAsync<JsonElement>();
        // Two places for three mentees: whoever is left out is left out for capacity now, not for language.
        Assert.Equal(2, run.GetProperty("proposals").GetArrayLength());
        Assert.Equal("NoCapacityLeft", Assert.Single(run.GetProperty("unmatched").EnumerateArray()).GetProperty("reason").GetString());
        foreach (var p in run.GetProperty("proposals").EnumerateArray())
        {
            var interests = p.GetProperty("breakdown").EnumerateArray().Single(c => c.GetProperty("criterion").GetString() == "Interests");
            Assert.Equal(0m, interests.GetProperty("weight").GetDecimal());
            Assert.Equal(15.5m, p.GetProperty("breakdown").EnumerateArray().Single(c => c.GetProperty("criterion").GetString() == "SupportIntensity").GetProperty("weight").GetDecimal());
        }

        // On the page a bad weight is shown next to its field and nothing is saved.
        var (page, doc) = await manager.SubmitAsync($"/Matching/{w.Programme}", new Dictionary<string, string?> { ["Settings.Language"] = "1200" }, "form[action*='handler=Settings']");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("#err-weight-Language")?.TextContent));
        Assert.Equal("1200", doc.QuerySelector("#weight-Language")?.GetAttribute("value"));
        foreach (var (field, typed, errorId) in new[] { ("Settings.Proximity", "abc", "err-weight-Proximity"), ("Settings.Identity", "1.234", "err-weight-Identity"), ("Settings.MaxDistanceKm", "-3", "err-distance") })
        {
            var (again, againDoc) = await manager.SubmitAsync($"/Matching/{w.Programme}", new Dictionary<string, string?> { [field] = typed }, "form[action*='handler=Settings']");
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.NotNull(againDoc.QuerySelector("#form-errors"));
            Assert.True(againDoc.QuerySelector("details#settings")!.HasAttribute("open"), field);
            Assert.False(string.IsNullOrWhiteSpace(againDoc.QuerySelector($"#{errorId}")?.TextContent), field);
        }

        var programme = await Factory.WithDbAsync(db => db.Programmes.SingleAsync(p => p.Id == w.Programme));
        Assert.Equal(30m, programme.WeightLanguage);
        Assert.Equal(10m, programme.WeightProximity);
        Assert.Equal(30, programme.MaxDistanceKm);
    }

    [Fact]
    public async Task An_excluded_pair_is_never_proposed_nor_chosen_by_hand_until_allowed_again()
    {
        var w = await Factory.MatchingWorldAsync();
        var manager = await SignedIn(Demo.ManagerPt);
        var run = await (await manager.PostJsonAsync($"/api/programmes/{w.Programme}/matching-runs", new { })).Content.ReadFromJsonAsync<JsonElement>();
        var runId = run.GetProperty("id").GetGuid();
        var exclusions = $"/api/programmes/{w.Programme}/exclusions";

        foreach (var (body, field) in new (object Body, string Field)[]
        {
            (new { menteeId = w.Olena, mentorId = w.Ana, reason = "Whatever" }, "reason"),
            (new { menteeId = w.Olena, mentorId = w.Ana, reason = "3" }, "reason"),
            (new { menteeId = w.Olena, mentorId = w.Ana }, "reason"),
            (new { menteeId = Guid.NewGuid(), mentorId = w.Ana, reason = "DeclaredConflict" }, "menteeId"),
            (new { menteeId = w.Olena, mentorId = w.Iryna, reason = "DeclaredConflict" }, "mentorId"),
            (new { menteeId = w.Olena, mentorId = w.Ana, reason = "DeclaredConflict", note = new string('x', 501) }, "note"),
        })
        {
            var refused = await manager.PostJsonAsync(exclusions, body);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), field);
        }

        var created = await manager.PostJsonAsync(exclusions, new { menteeId = w.Olena, mentorId = w.Ana, reason = "DeclaredConflict", note = "Neighbours" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var exclusion = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Olena Kovalenko", exclusion.GetProperty("menteeName").GetString());

        // The open proposal of the pair is rejected, and choosing the pair by hand is refused with the rule named.
        var latest = await (await manager.Http.GetAsync($"/api/matching-runs/{runId}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Rejected", latest.GetProperty("proposals").EnumerateArray().Single(p => p.GetProperty("menteeId").GetGuid() == w.Olena).GetProperty("status").GetString());
        var choice = await manager.PostJsonAsync($"/api/matching-runs/{runId}/choices", new { menteeId = w.Olena, mentorId = w.Ana });
        Assert.True(choice.StatusCode == HttpStatusCode.BadRequest, await choice.Content.ReadAsStringAsync());
        Assert.Equal("DeclaredConflict", (await choice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());

        // The next run leaves her out: the only woman mentor ready is excluded.
        var rerun = await (await manager.PostJsonAsync($"/api/programmes/{w.Programme}/matching-runs", new { })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain(rerun.GetProperty("proposals").EnumerateArray(), p => p.GetProperty("menteeId").GetGuid() == w.Olena);
        var olena = rerun.GetProperty("unmatched").EnumerateArray().Single(u => u.GetProperty("menteeId").GetGuid() == w.Olena);
        Assert.Equal(1, olena.GetProperty("facts").GetProperty("DeclaredConflict").GetInt32());

        // Allowed again: she is proposed with Ana once more.
        var list = await (await manager.Http.GetAsync(exclusions)).Content.ReadFromJsonAsync<JsonElement>();
        var id = Assert.Single(list.EnumerateArray()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await manager.Http.SendAsync(Delete($"{exclusions}/{id}", await manager.ApiTokenAsync()))).StatusCode);
        var third = await (await manager.PostJsonAsync($"/api/programmes/{w.Programme}/matching-runs", new { })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(w.Ana, third.GetProperty("proposals").EnumerateArray().Single(p => p.GetProperty("menteeId").GetGuid() == w.Olena).GetProperty("mentorId").GetGuid());

        // Declared twice at the same moment (a double click): one exclusion, and neither call fails.
        var token = await manager.ApiTokenAsync();
        var racing = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, exclusions) { Content = JsonContent.Create(new { menteeId = w.Iryna, mentorId = w.Bruno, reason = "DeclaredConflict" }) };
            request.Headers.Add("RequestVerificationToken", token);
            return manager.Http.SendAsync(request);
        }));
        Assert.All(racing, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, r.StatusCode.ToString()));
        Assert.Contains(racing, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.MatchExclusions.CountAsync(x => x.MenteeId == w.Iryna && x.MentorId == w.Bruno)));
        var racedId = (await Factory.WithDbAsync(db => db.MatchExclusions.SingleAsync(x => x.MenteeId == w.Iryna))).Id;
        Assert.Equal(HttpStatusCode.NoContent, (await manager.Http.SendAsync(Delete($"{exclusions}/{racedId}", token))).StatusCode);

        // On the page: exclude from a proposal, and the pair is listed.
        var board = $"/Matching/{w.Programme}";
        var (excluded, _) = await manager.SubmitAsync(board + "?q=Olena", new Dictionary<string, string?> { ["reason"] = "EndedBadly" }, "form[action*='handler=Exclude']");
        Assert.Equal(HttpStatusCode.Redirect, excluded.StatusCode);
        var doc = await manager.GetPageAsync(board);
        var listed = Assert.Single(doc.QuerySelectorAll("ul.exclusions > li"));
        Assert.Contains("Olena Kovalenko", listed.TextContent, StringComparison.Ordinal);
        var stored = await Factory.WithDbAsync(db => db.MatchExclusions.SingleAsync(x => x.MenteeId == w.Olena));
        Assert.Equal(Ponte.Domain.Matching.ExclusionReason.EndedBadly, stored.Reason);
    }

    private static HttpRequestMessage Delete(string url, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, url);
        request.Headers.Add("RequestVerificationToken", token);
        return request;
    }

    [Fact]
    public async Task Another_organisation_and_trainers_cannot_reach_a_board()
    {
        var w = await Factory.MatchingWorldAsync();
        var manager = await SignedIn(Demo.ManagerPt);
        var run = await (await manager.PostJsonAsync($"/api/programmes/{w.Programme}/matching-runs", new { })).Content.ReadFromJsonAsync<JsonElement>();
        var runId = run.GetProperty("id").GetGuid();
        var proposalId = run.GetProperty("proposals")[0].GetProperty("id").GetGuid();

        var finland = await SignedIn(Demo.ManagerFi);
        Assert.Equal(HttpStatusCode.NotFound, (await finland.PostJsonAsync($"/api/programmes/{w.Programme}/matching-runs", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finland.Http.GetAsync($"/api/matching-runs/{runId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finland.PostJsonAsync($"/api/matching-runs/{runId}/proposals/{proposalId}/approve", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finland.PostJsonAsync($"/api/matching-runs/{runId}/choices", new { menteeId = w.Iryna, mentorId = w.Ana })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finland.PostJsonAsync($"/api/programmes/{w.Programme}/exclusions", new { menteeId = w.Olena, mentorId = w.Ana, reason = "DeclaredConflict" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finland.Http.GetAsync($"/api/programmes/{w.Programme}/exclusions")).StatusCode);
        await finland.GetPageAsync($"/Matching/{w.Programme}", HttpStatusCode.NotFound);
        var finnishList = await finland.GetPageAsync("/Matching");
        Assert.DoesNotContain(w.Programme.ToString(), finnishList.Body!.InnerHtml, StringComparison.Ordinal);

        var trainer = await SignedIn(Demo.TrainerPt);
        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.PostJsonAsync($"/api/programmes/{w.Programme}/matching-runs", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.PostJsonAsync($"/api/matching-runs/{runId}/proposals/{proposalId}/approve", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous().Http.GetAsync($"/api/matching-runs/{runId}")).StatusCode);
        Assert.Equal(ParticipantStatus.ReadyToMatch, (await Factory.ParticipantAsync(w.Olena)).Status);
    }
}

/// <summary>Municipality centres and the names people write for them.</summary>
public sealed class AreaCentresTests
{
    [Theory]
    [InlineData("PT", "Lisbon", "Lisboa")]
    [InlineData("PT", " lisboa ", "Lisboa")]
    [InlineData("LV", "Riga", "Rīga")]
    [InlineData("FI", "Helsingfors", "Helsinki")]
    [InlineData("PT", "Aldeia Nenhuma ", "Aldeia Nenhuma")]
    public void A_municipality_is_one_area_however_it_is_written(string country, string typed, string area) =>
        Assert.Equal(area, AreaCentres.AreaName(country, typed));

    [Fact]
    public void Only_listed_municipalities_of_the_organisation_s_country_have_a_centre()
    {
        var lisbon = AreaCentres.Of("PT", "Lisbon")!.Value;
        var amadora = AreaCentres.Of("PT", "Amadora")!.Value;
        Assert.InRange(lisbon.DistanceMetres(amadora), 8_000, 12_000);
        Assert.Null(AreaCentres.Of("PT", "Aldeia Nenhuma"));
        Assert.Null(AreaCentres.Of("FI", "Lisboa"));
        Assert.Null(AreaCentres.Of("PT", null));
    }
}

public sealed class SqliteMatchBoardTests(SqliteFactory f) : MatchBoardTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresMatchBoardTests(PostgresFactory f) : MatchBoardTests(f), IClassFixture<PostgresFactory>;

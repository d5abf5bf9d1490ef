using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Matching;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Data;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Matching;

public enum ProposalFilter
{
    Open = 0,
    Approved = 1,
    Rejected = 2,
    All = 3,
}

/// <summary>
/// /Matching/{programmeId}: the match board. The manager runs matching over the waiting list,
/// reads each proposal's score and breakdown and the alternatives, approves, rejects or picks a
/// mentor by hand, and sees who was left unmatched and why.
/// </summary>
[Authorize(Policy = Policies.Manager)]
public sealed class BoardModel(AppDbContext db) : PontePageModel
{
    public const int PageSize = 20;

    public Programme Programme { get; private set; } = null!;

    public WaitingList Waiting { get; private set; } = null!;

    public MatchingRun? Run { get; private set; }

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public Paged<MatchProposal> Shown { get; private set; } = null!;

    public IReadOnlyList<UnmatchedEntry> Unmatched { get; private set; } = [];

    /// <summary>Active mentors of the programme for a choice by hand: id, name and her status.</summary>
    public IReadOnlyList<(Guid Id, string Name, ParticipantStatus Status)> MentorOptions { get; private set; } = [];

    public MatchExplainer Explain { get; private set; } = null!;

    public IReadOnlyList<ExclusionResponse> Exclusions { get; private set; } = [];

    public IReadOnlyList<NamedCode> Languages { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public ProposalFilter Show { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>The mentee whose choice by hand was refused, the mentor tried, and why.</summary>
    public Guid? RefusedMentee { get; private set; }

    public Guid? RefusedMentor { get; private set; }

    [BindProperty]
    public SettingsInput Settings { get; set; } = new();

    public bool SettingsOpen { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Settings = SettingsInput.From(Programme);
        return Page();
    }

    public async Task<IActionResult> OnPostRunAsync(Guid id, [FromServices] RunMatching.Handler runMatching, CancellationToken ct)
    {
        var run = await runMatching.HandleAsync(new RunMatching.Request(id), ct);
        Flash(Text["Flash.Ran", Text.Plural("Flash.Ran.Pairs", run.Proposals.Count), Text.Plural("MenteesWaiting", run.MenteesWaiting)]);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, Guid runId, Guid proposalId, [FromServices] ApproveProposal.Handler approve, CancellationToken ct)
    {
        MatchProposal proposal;
        try
        {
            proposal = await approve.HandleAsync(new ApproveProposal.Request(runId, proposalId, id), ct);
        }
        catch (Exception e) when (Refused(e))
        {
            return await RedisplayAsync(id, ct);
        }

        var names = await Matching.Names.LoadAsync(db, [proposal.MenteeId, proposal.MentorId], ct);
        Flash(Text["Flash.Approved", Matching.Names.Of(names, proposal.MenteeId), Matching.Names.Of(names, proposal.MentorId)]);
        return BackToBoard(id);
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id, Guid runId, Guid proposalId, [FromServices] RejectProposal.Handler reject, CancellationToken ct)
    {
        try
        {
            await reject.HandleAsync(new RejectProposal.Request(runId, proposalId, id), ct);
        }
        catch (Exception e) when (Refused(e))
        {
            return await RedisplayAsync(id, ct);
        }

        Flash(Text["Flash.Rejected"]);
        return BackToBoard(id);
    }

    public async Task<IActionResult> OnPostChooseAsync(Guid id, Guid runId, Guid menteeId, Guid? mentorId, [FromServices] ChooseMentor.Handler choose, CancellationToken ct)
    {
        try
        {
            await choose.HandleAsync(new ChooseMentor.Request(runId, menteeId, mentorId, id), ct);
        }
        catch (Exception e) when (ModelState.TryAdd(e, Text, $"Choice-{menteeId}"))
        {
            RefusedMentee = menteeId;
            RefusedMentor = mentorId;
            return await RedisplayAsync(id, ct);
        }

        Flash(Text["Flash.Chosen"]);
        return BackToBoard(id);
    }

    public async Task<IActionResult> OnPostExcludeAsync(
        Guid id, Guid menteeId, Guid mentorId, string? reason, string? note, [FromServices] DeclareExclusion.Handler declare, CancellationToken ct)
    {
        try
        {
            await declare.HandleAsync(new DeclareExclusion.Request(id, menteeId, mentorId, reason, note), ct);
        }
        catch (Exception e) when (Refused(e))
        {
            return await RedisplayAsync(id, ct);
        }

        Flash(Text["Flash.Excluded"]);
        return BackToBoard(id);
    }

    public async Task<IActionResult> OnPostIncludeAsync(Guid id, Guid exclusionId, [FromServices] RemoveExclusion.Handler remove, CancellationToken ct)
    {
        await remove.HandleAsync(new RemoveExclusion.Request(id, exclusionId), ct);
        Flash(Text["Flash.Included"]);
        return BackToBoard(id);
    }

    public async Task<IActionResult> OnPostSettingsAsync(Guid id, [FromServices] ChangeMatchingSettings.Handler change, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                // An empty choice of the list is no language.
                var languages = Settings.InterpreterLanguages.Where(l => !string.IsNullOrEmpty(l)).ToList();
                await change.HandleAsync(new ChangeMatchingSettings.Request(id, Settings.Version, Settings.Weights(), languages, Settings.MaxDistanceKm), ct);
                Flash(Text["Flash.SettingsSaved"]);
                return RedirectToPage(new { id });
            }
            catch (Exception e) when (ModelState.TryAdd(SettingsInput.FieldOf(e), Text, nameof(Settings)))
            {
            }
        }

        // Show what is stored, not the refused values (the form keeps what she typed).
        db.ChangeTracker.Clear();
        SettingsOpen = true;
        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>The page of proposals shown, kept by every form so that a refusal is shown where it was made.</summary>
    public int CurrentPage => Shown.Page;

    private IStringLocalizer Text => MatchExplainer.Localizer(HttpContext.RequestServices);

    /// <summary>The page of proposals a form was posted from (forms carry it; links carry it in the query).</summary>
    private int BoardPage =>
        Request.HasFormContentType && int.TryParse(Request.Form["page"], out var n) && n > 0 ? n : PageNumber;

    /// <summary>Back to the board as she left it: same filter, search and page ("page" is a route name in Razor Pages, so the URL is built here).</summary>
    private RedirectResult BackToBoard(Guid id)
    {
        var query = new Dictionary<string, string?> { ["show"] = Show.ToString(), ["page"] = BoardPage.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (!string.IsNullOrWhiteSpace(Q))
            query["q"] = Q;
        return Redirect(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString($"/Matching/{id}", query));
    }

    /// <summary>A refused decision is said above the board: these forms have no field of their own to mark.</summary>
    private bool Refused(Exception e)
    {
        if (e is Domain.Common.DomainException d)
        {
            ModelState.AddModelError(string.Empty, Infrastructure.Localization.ErrorText.For(Text, d));
            return true;
        }

        return ModelState.TryAdd(e, Text, string.Empty);
    }

    private async Task<IActionResult> RedisplayAsync(Guid id, CancellationToken ct)
    {
        // What was tried did not happen; show the board as it is stored.
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        Settings = SettingsInput.From(Programme);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Explain = MatchExplainer.For(HttpContext.RequestServices);
        Programme = await MatchBoard.FindProgrammeAsync(db, id, ct);
        Waiting = await MatchBoard.LoadWaitingListAsync(db, Programme, ct);
        Run = await MatchBoard.LatestRunAsync(db, id, ct);
        Languages = WorldLists.Languages();
        Exclusions = await ExclusionResponse.ListAsync(db, id, ct);
        MentorOptions = [.. Waiting.People.Values.Where(p => p.Role == ParticipantRole.Mentor)
            .OrderBy(p => p.Profile.FullName, StringComparer.CurrentCulture).Select(p => (p.Id, p.Profile.FullName, p.Status))];
        if (Run is null)
        {
            Shown = new Paged<MatchProposal>([], 1, PageSize, 0);
            return;
        }

        Names = await Matching.Names.ForRunAsync(db, Run, ct);
        var q = Q?.Trim();
        bool Matches(Guid person) => string.IsNullOrEmpty(q) || Matching.Names.Of(Names, person).Contains(q, StringComparison.CurrentCultureIgnoreCase);
        var proposals = Run.Proposals
            .Where(p => Show switch
            {
                ProposalFilter.Open => p.Status == ProposalStatus.Proposed,
                ProposalFilter.Approved => p.Status == ProposalStatus.Approved,
                ProposalFilter.Rejected => p.Status == ProposalStatus.Rejected,
                _ => true,
            })
            .Where(p => Matches(p.MenteeId) || Matches(p.MentorId))
            .OrderBy(p => Matching.Names.Of(Names, p.MenteeId), StringComparer.CurrentCulture).ThenBy(p => p.MenteeId)
            .ToList();
        var pages = Math.Max(1, (proposals.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(BoardPage, 1, pages);
        Shown = new Paged<MatchProposal>([.. proposals.Skip((page - 1) * PageSize).Take(PageSize)], page, PageSize, proposals.Count);
        Unmatched = [.. Run.Unmatched.Where(u => Matches(u.MenteeId)).OrderBy(u => Matching.Names.Of(Names, u.MenteeId), StringComparer.CurrentCulture)];
    }

    public sealed class SettingsInput
    {
        [Required(ErrorMessage = "Error.Required")]
        public decimal? Language { get; set; }

        [Required(ErrorMessage = "Error.Required")]
        public decimal? Proximity { get; set; }

        [Required(ErrorMessage = "Error.Required")]
        public decimal? Availability { get; set; }

        [Required(ErrorMessage = "Error.Required")]
        public decimal? Interests { get; set; }

        [Required(ErrorMessage = "Error.Required")]
        public decimal? ComplementaryNeeds { get; set; }

        [Required(ErrorMessage = "Error.Required")]
        public decimal? Identity { get; set; }

        [Required(ErrorMessage = "Error.Required")]
        public decimal? SupportIntensity { get; set; }

        [Required(ErrorMessage = "Error.Required")]
        public int? MaxDistanceKm { get; set; }

        public List<string> InterpreterLanguages { get; set; } = [];

        public Guid Version { get; set; }

        public static SettingsInput From(Programme p)
        {
            var w = p.Weights;
            return new SettingsInput
            {
                Language = w.Language.Value,
                Proximity = w.Proximity.Value,
                Availability = w.Availability.Value,
                Interests = w.Interests.Value,
                ComplementaryNeeds = w.ComplementaryNeeds.Value,
                Identity = w.Identity.Value,
                SupportIntensity = w.SupportIntensity.Value,
                MaxDistanceKm = p.MaxDistanceKm,
                InterpreterLanguages = [.. p.InterpreterLanguages],
                Version = p.Version,
            };
        }

        public decimal? this[Criterion c] => c switch
        {
            Criterion.Language => Language,
            Criterion.Proximity => Proximity,
            Criterion.Availability => Availability,
            Criterion.Interests => Interests,
            Criterion.ComplementaryNeeds => ComplementaryNeeds,
            Criterion.Identity => Identity,
            _ => SupportIntensity,
        };

        public WeightsBody Weights() => new(
            Language ?? 0, Proximity ?? 0, Availability ?? 0, Interests ?? 0, ComplementaryNeeds ?? 0, Identity ?? 0, SupportIntensity ?? 0);

        /// <summary>A refused weight against its field of this form, which names each weight by its criterion alone (Settings.Language).</summary>
        public static Exception FieldOf(Exception e) =>
            e is Domain.Common.DomainValidationException v && v.Field.StartsWith(WeightsField, StringComparison.Ordinal)
                ? new Domain.Common.DomainValidationException(v.Field[WeightsField.Length..], v.Code, v.Message, [.. v.Args])
                : e;

        private const string WeightsField = nameof(ChangeMatchingSettings.Request.Weights) + ".";
    }
}

/// <summary>What the choose-by-hand form needs for one mentee.</summary>
public sealed record ChooseFormModel(Guid RunId, Guid MenteeId, string MenteeName, BoardModel Board);

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Programmes;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// /Mentoring/{id}: one mentoring process for its participants and the organisation's managers:
/// who is in it, the commitment agreement and who has accepted it, how to reach each other once
/// it is active, and its timeline. Managers draft and change the agreement and pause or resume.
/// </summary>
[Authorize]
public sealed partial class ProcessModel(AppDbContext db, ProcessAccess access, IStringLocalizer<MentoringText> text) : PontePageModel
{
    public ProcessView View { get; private set; } = null!;

    /// <summary>The languages the programme's agreement is written in (drafting offers these).</summary>
    public IReadOnlyList<string> TemplateLanguages { get; private set; } = [];

    public bool IsManager => access.IsManager;

    /// <summary>A manager hid the participants' contact details from each other (a safeguarding step).</summary>
    public bool ContactsHidden { get; private set; }

    /// <summary>The caller's own participant id in this process, if she has a place in it.</summary>
    public Guid? MyParticipantId { get; private set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public AgreementInput Agreement { get; set; } = new();

    [BindProperty]
    public PauseInput Pause { get; set; } = new();

    [BindProperty]
    public ContactSharing? Sharing { get; set; }

    [BindProperty]
    public int? AgreementVersion { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var process = await access.Visible().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (process is null)
            return NotFound();
        await ShowAsync(process, defaults: true, ct);
        return Page();
    }

    public Task<IActionResult> OnPostDraftAsync(Guid id, [FromServices] DraftAgreement.Handler draft, CancellationToken ct) =>
        RunAsync(id, "Agreement", async () =>
        {
            await draft.HandleAsync(new DraftAgreement.Request(id, Agreement.Language, Agreement.PairGoals, Agreement.MeetingRhythm, Agreement.DurationMonths, Version), ct);
            return text["Flash.Drafted"];
        }, ct);

    public Task<IActionResult> OnPostChangeAsync(Guid id, [FromServices] ChangeAgreement.Handler change, CancellationToken ct) =>
        RunAsync(id, "Agreement", async () =>
        {
            var (_, changed) = await change.HandleAsync(new ChangeAgreement.Request(id, Agreement.PairGoals, Agreement.MeetingRhythm, Agreement.DurationMonths, Version), ct);
            return changed ? text["Flash.Changed"] : text["Flash.Unchanged"];
        }, ct);

    public Task<IActionResult> OnPostRefreshAsync(Guid id, [FromServices] RefreshAgreementText.Handler refresh, CancellationToken ct) =>
        RunAsync(id, string.Empty, async () =>
        {
            var (_, changed) = await refresh.HandleAsync(new RefreshAgreementText.Request(id, Version), ct);
            return changed ? text["Flash.Changed"] : text["Flash.Unchanged"];
        }, ct);

    public Task<IActionResult> OnPostAcceptAsync(Guid id, AgreementRole? role, [FromServices] AcceptAgreement.Handler accept, CancellationToken ct) =>
        RunAsync(id, string.Empty, async () =>
        {
            var process = await accept.HandleAsync(new AcceptAgreement.Request(id, role, AgreementVersion), ct);
            return process.Status == ProcessStatus.Active ? text["Flash.AcceptedActive"] : text["Flash.Accepted"];
        }, ct);

    public Task<IActionResult> OnPostPauseAsync(Guid id, [FromServices] PauseProcess.Handler pause, CancellationToken ct) =>
        RunAsync(id, "Pause", async () =>
        {
            await pause.HandleAsync(new PauseProcess.Request(id, Pause.PauseReason, Pause.PauseNote, Version), ct);
            return text["Flash.Paused"];
        }, ct);

    public Task<IActionResult> OnPostResumeAsync(Guid id, [FromServices] ResumeProcess.Handler resume, CancellationToken ct) =>
        RunAsync(id, string.Empty, async () =>
        {
            await resume.HandleAsync(new ResumeProcess.Request(id, null, Version), ct);
            return text["Flash.Resumed"];
        }, ct);

    public Task<IActionResult> OnPostShareAsync(Guid id, [FromServices] ShareContact.Handler share, CancellationToken ct) =>
        RunAsync(id, string.Empty, async () =>
        {
            await share.HandleAsync(new ShareContact.Request(id, Sharing), ct);
            return text["Flash.Shared"];
        }, ct);

    public Task<IActionResult> OnPostShowContactsAsync(Guid id, [FromServices] ShowContacts.Handler show, [FromServices] IStringLocalizer<ConcernText> concerns, CancellationToken ct) =>
        RunAsync(id, string.Empty, async () =>
        {
            await show.HandleAsync(new ShowContacts.Request(id, Version), ct);
            return concerns["Flash.ContactsShown"];
        }, ct);

    /// <summary>How this page words a refusal: the mentoring texts, then the shared ones.</summary>
    private FirstFoundLocalizer Errors => new(HttpContext.RequestServices.GetRequiredService<IStringLocalizer<ClosingText>>(), text, T);

    /// <summary>Runs one form's handler; a refusal shows the page again with her input and the message beside its field.</summary>
    private async Task<IActionResult> RunAsync(Guid id, string prefix, Func<Task<string>> action, CancellationToken ct)
    {
        if (!await access.Visible().AnyAsync(p => p.Id == id, ct))
            return NotFound();
        if (!ModelState.IsValid)
        {
            Forms.LocalizeBindingErrors(ModelState, T);
            return await RedisplayAsync(id, ct);
        }

        try
        {
            Flash(await action());
            return Redirect($"/Mentoring/{id}");
        }
        catch (Exception e) when (ModelState.TryAdd(e, Errors, prefix))
        {
            return await RedisplayAsync(id, ct);
        }
    }

    private async Task<IActionResult> RedisplayAsync(Guid id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var process = await access.Visible().SingleAsync(p => p.Id == id, ct);
        await ShowAsync(process, defaults: false, ct);
        return Page();
    }

    private async Task ShowAsync(MentoringProcess process, bool defaults, CancellationToken ct)
    {
        View = await ProcessViews.ViewAsync(db, process, access, T, ct);
        await ShowClosingAsync(process, defaults, ct);
        await ShowFollowUpsAsync(process, ct);
        MyParticipantId = access.Me(process)?.ParticipantId;
        ContactsHidden = process.ContactsHidden;
        TemplateLanguages = await db.AgreementTemplates.Where(t => t.ProgrammeId == process.ProgrammeId).Select(t => t.Language).OrderBy(l => l).ToListAsync(ct);
        if (!defaults)
            return;
        Version = process.Version;
        AgreementVersion = process.Agreement?.Version;
        Sharing = access.Me(process)?.ContactSharing;
        if (process.Agreement is { } agreement)
        {
            Agreement = new AgreementInput
            {
                Language = agreement.Terms.Language,
                PairGoals = agreement.Terms.PairGoals,
                MeetingRhythm = agreement.Terms.MeetingRhythm,
                DurationMonths = agreement.Terms.DurationMonths,
            };
            return;
        }

        var programme = await db.Programmes.SingleAsync(p => p.Id == process.ProgrammeId, ct);
        var menteeLanguage = await db.Participants.Where(p => process.MenteeIds.Contains(p.Id)).Select(p => p.Profile.PreferredLanguage).FirstOrDefaultAsync(ct);
        Agreement = new AgreementInput
        {
            Language = TemplateLanguages.Contains(menteeLanguage ?? string.Empty) ? menteeLanguage : TemplateLanguages.FirstOrDefault(),
            MeetingRhythm = programme.MeetingRhythm,
            DurationMonths = Math.Clamp((int)Math.Round(programme.DurationWeeks / 4.345), 1, AgreementTerms.MaxDurationMonths),
        };
    }

    public sealed class AgreementInput
    {
        public string? Language { get; set; }

        public string? PairGoals { get; set; }

        public MeetingRhythm? MeetingRhythm { get; set; }

        public int? DurationMonths { get; set; }
    }

    public sealed class PauseInput
    {
        public PauseReason? PauseReason { get; set; }

        public string? PauseNote { get; set; }
    }
}

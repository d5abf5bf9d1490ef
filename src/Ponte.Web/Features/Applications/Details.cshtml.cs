using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Applications;
using Ponte.Domain.Common;
using Ponte.Data;


using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Security;
using Ponte.Web.Infrastructure.Tenancy;

using Ponte.Web.Infrastructure.Email;

namespace Ponte.Web.Features.Applications;

/// <summary>
/// One application: what she wrote, the interview and the decision, with the steps its status
/// allows. Managers and trainers schedule interviews and record notes; only managers decide
/// (accept, wait-list, decline), because a decision admits a person to the programme.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(
    AppDbContext db,
    IAuthorizationService authorization,
    LocalTime localTime,
    IStringLocalizer<ApplicationsText> own) : PontePageModel
{
    [BindProperty]
    public ScheduleInput Schedule { get; set; } = new();

    [BindProperty]
    public NotesInput Notes { get; set; } = new();

    [BindProperty]
    public DecisionInput Decide { get; set; } = new();

    public Application Application { get; private set; } = null!;

    public string ProgrammeName { get; private set; } = string.Empty;

    /// <summary>Other applications of the organisation that may be the same person's, and their programmes' names.</summary>
    public IReadOnlyList<PossibleDuplicate> Duplicates { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> DuplicateProgrammes { get; private set; } = new Dictionary<Guid, string>();

    public bool CanDecide { get; private set; }

    public bool CanSchedule => Application.Status is ApplicationStatus.Submitted or ApplicationStatus.InterviewScheduled or ApplicationStatus.WaitListed;

    public bool CanRecordNotes => Application.IsOpen && Application.InterviewAt is not null
        && Application.Status is ApplicationStatus.InterviewScheduled or ApplicationStatus.Interviewed or ApplicationStatus.WaitListed;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        FillForms(except: null);
        return Page();
    }

    public async Task<IActionResult> OnPostScheduleAsync(Guid id, [FromServices] ScheduleInterview.Handler schedule, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Forms.LocalizeBindingErrors(ModelState, T);
        DateTimeOffset? at = null;
        try
        {
            at = localTime.Instant(Schedule.InterviewAt, nameof(ScheduleInput.InterviewAt));
        }
        catch (DomainValidationException e) when (ModelState.TryAdd(e, T, nameof(Schedule)))
        {
        }

        if (ModelState.ErrorCount > 0)
            return Invalid(nameof(Schedule));

        return await SaveAsync(nameof(Schedule), id, () => schedule.HandleAsync(
            new ScheduleInterview.Request(id, Schedule.Version, at!.Value, Schedule.InterviewLocation, Schedule.InterviewOnlineLink), ct),
            own["Flash.Scheduled"], ct);
    }

    public async Task<IActionResult> OnPostNotesAsync(Guid id, [FromServices] RecordInterviewNotes.Handler record, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Forms.LocalizeBindingErrors(ModelState, T);
        if (ModelState.ErrorCount > 0)
            return Invalid(nameof(Notes));

        return await SaveAsync(nameof(Notes), id, () => record.HandleAsync(
            new RecordInterviewNotes.Request(id, Notes.Version, Notes.InterviewQualifications, Notes.InterviewMotivation, Notes.InterviewExpectations), ct),
            own["Flash.NotesSaved"], ct);
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, [FromServices] Applications.Decide.Handler decide, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        if (!CanDecide)
            return Forbid();
        Forms.LocalizeBindingErrors(ModelState, T);
        Decision? decision = null;
        try
        {
            decision = Applications.Decide.Parse(Decide.Decision);
        }
        catch (DomainValidationException e) when (ModelState.TryAdd(e, T, nameof(Decide)))
        {
        }

        // Declining is final: the form asks her to confirm it.
        if (decision == Decision.Decline && !Decide.ConfirmDecline)
            ModelState.AddModelError("Decide.ConfirmDecline", own["Decide.ConfirmRequired"]);
        if (ModelState.ErrorCount > 0)
            return Invalid(nameof(Decide));

        DecisionOutcome? outcome = null;
        var result = await SaveAsync(nameof(Decide), id, async () => outcome = await decide.HandleAsync(
            new Applications.Decide.Request(id, Decide.Version, Decide.Decision, Decide.DecisionReason, Decide.MessageToApplicant), ct), null, ct);
        if (outcome is not null)
            Flash(FlashFor(decision!.Value, outcome));
        return result;
    }

    private string FlashFor(Decision decision, DecisionOutcome outcome) => decision switch
    {
        Decision.Accept => own["Flash.Accepted." + outcome.Account, Application.Profile.FullName, Application.Profile.Email],
        Decision.WaitList => own["Flash.WaitListed"],
        _ => own["Flash.Declined"],
    };

    private async Task<IActionResult> SaveAsync(string form, Guid id, Func<Task> save, string? flash, CancellationToken ct)
    {
        try
        {
            await save();
        }
        catch (Exception e) when (ModelState.TryAdd(e, T, form))
        {
            // Show the record as it is now (someone else's change, or nothing changed), with what she typed.
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return Invalid(form, e is DbUpdateConcurrencyException or DomainException and not DomainValidationException
                ? StatusCodes.Status409Conflict
                : StatusCodes.Status200OK);
        }

        if (flash is not null)
            Flash(flash);
        return RedirectToPage("Details", new { id });
    }

    private PageResult Invalid(string form, int status = StatusCodes.Status200OK)
    {
        FillForms(except: form);
        // The hidden version follows the record as shown, so the next save is judged against what she now sees.
        if (ModelState.TryGetValue(form + ".Version", out var version) && version.Errors.Count > 0)
            ModelState.AddModelError(string.Empty, T["Error.BadRequest"]);
        ModelState.Remove(form + ".Version");
        switch (form)
        {
            case nameof(Schedule):
                Schedule.Version = Application.Version;
                break;
            case nameof(Notes):
                Notes.Version = Application.Version;
                break;
            default:
                Decide.Version = Application.Version;
                break;
        }

        return new PageResult { StatusCode = status };
    }

    private void FillForms(string? except)
    {
        var a = Application;
        if (except != nameof(Schedule))
        {
            Schedule = new ScheduleInput
            {
                InterviewAt = localTime.Input(a.InterviewAt),
                InterviewLocation = a.InterviewLocation,
                InterviewOnlineLink = a.InterviewOnlineLink,
                Version = a.Version,
            };
        }

        if (except != nameof(Notes))
        {
            Notes = new NotesInput
            {
                InterviewQualifications = a.InterviewQualifications,
                InterviewMotivation = a.InterviewMotivation,
                InterviewExpectations = a.InterviewExpectations,
                Version = a.Version,
            };
        }

        if (except != nameof(Decide))
            Decide = new DecisionInput { Version = a.Version };
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Application = await ApplicationMessages.FindAsync(db, id, ct)?? throw new NotFoundException();
        ProgrammeName = await db.Programmes.Where(p => p.Id == Application.ProgrammeId).Select(p => p.Name).SingleAsync(ct);
        var p = Application.Profile;
        Duplicates = await PossibleDuplicates.OfAsync(db, new ApplicantKeys(Application.Id, p.FullName, p.Email, p.Phone), ct);
        var programmes = Duplicates.Select(d => d.ProgrammeId).Distinct().ToList();
        DuplicateProgrammes = programmes.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Programmes.Where(x => programmes.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        CanDecide = (await authorization.AuthorizeAsync(User, Policies.Manager)).Succeeded;
    }

    public string CountryName => WorldLists.CountryName(Application.Profile.CountryOfOrigin);

    public static string LanguageName(string code) => WorldLists.LanguageName(code);

    public static string Culture(string code) => Infrastructure.Localization.Cultures.NativeName(code);
}

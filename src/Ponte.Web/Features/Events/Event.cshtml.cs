using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Events;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Events;

/// <summary>
/// /Events/{id}: one programme event. Staff read it with everyone invited; a manager invites
/// and registers people before the start, moves or cancels it (after a confirmation), and
/// records attendance once it has started.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class EventModel(AppDbContext db, EventAccess access, LocalTime local, TimeProvider clock, IStringLocalizer<EventsText> text) : PontePageModel
{
    public ProgrammeEventView Event { get; private set; } = null!;

    public bool IsManager => access.IsManager;

    /// <summary>Participants of the programme the event is for, not invited yet.</summary>
    public IReadOnlyList<EventOption> Invitable { get; private set; } = [];

    /// <summary>True after a refused attendance save: the boxes show what she ticked, not what is stored.</summary>
    public bool Redisplayed { get; private set; }

    /// <summary>Which form a refusal belongs to, so the page opens it and shows its errors.</summary>
    public string? ActiveForm { get; private set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public List<Guid> Invitees { get; set; } = [];

    [BindProperty]
    public Guid? RegisterId { get; set; }

    [BindProperty]
    public EventSlotInput Input { get; set; } = new();

    [BindProperty]
    public string? CancelReason { get; set; }

    /// <summary>The people the attendance form listed (so an unticked box means "did not attend").</summary>
    [BindProperty]
    public List<Guid> Shown { get; set; } = [];

    [BindProperty]
    public List<Guid> Attended { get; set; } = [];

    /// <summary>
    /// Hours typed per person at mentor training (fields <c>Hours[id]</c>); empty is the whole event.
    /// Read from the form by hand: a bound dictionary would take every other field for a key when none is sent.
    /// </summary>
    public Dictionary<Guid, string?> Hours { get; } = [];

    public bool IsTicked(InvitationView invitation) => Redisplayed ? Attended.Contains(invitation.ParticipantId) : invitation.Attended == true;

    public string HoursShown(InvitationView invitation) =>
        Redisplayed ? Hours.GetValueOrDefault(invitation.ParticipantId) ?? string.Empty
        : invitation.Hours is { } h && h != Event.LengthHours ? MentorReadiness.Hours(h) : string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await ShowAsync(id, ct))
            return NotFound();
        Version = Event.Version;
        Input = new EventSlotInput { StartsAt = local.Input(Event.StartsAt), Minutes = Event.Minutes, Place = Event.Place, OnlineLink = Event.OnlineLink };
        return Page();
    }

    public Task<IActionResult> OnPostInviteAsync(Guid id, [FromServices] InviteToEvent.Handler invite, CancellationToken ct) =>
        RunAsync(id, "invite", string.Empty, async () =>
        {
            var (_, invited) = await invite.HandleAsync(new InviteToEvent.Request(id, Invitees, Version), ct);
            return invited.Count > 0 ? text["Invite.Done", invited.Count] : text["Flash.Unchanged"];
        }, ct);

    public Task<IActionResult> OnPostRegisterAsync(Guid id, [FromServices] RegisterForEvent.Handler register, CancellationToken ct) =>
        RunAsync(id, "register", string.Empty, async () =>
        {
            if (RegisterId is null)
                throw new DomainValidationException(nameof(RegisterId), "Required", "Choose who to register.");
            var result = await register.HandleAsync(new RegisterForEvent.Request(id, RegisterId), ct);
            return result.Changed ? text["Register.Done"] : text["Flash.Unchanged"];
        }, ct);

    public Task<IActionResult> OnPostMoveAsync(Guid id, [FromServices] RescheduleEvent.Handler reschedule, CancellationToken ct) =>
        RunAsync(id, "move", "Input", async () =>
        {
            var startsAt = local.Instant(Input.StartsAt, nameof(ProgrammeEvent.StartsAt));
            var (_, changed) = await reschedule.HandleAsync(new RescheduleEvent.Request(id, startsAt, Input.Minutes, Input.Place, Input.OnlineLink, Version), ct);
            return changed ? text["Move.Done"] : text["Flash.Unchanged"];
        }, ct);

    public Task<IActionResult> OnPostCancelAsync(Guid id, [FromServices] CancelEvent.Handler cancel, CancellationToken ct) =>
        RunAsync(id, "cancel", string.Empty, async () =>
        {
            await cancel.HandleAsync(new CancelEvent.Request(id, CancelReason, Version), ct);
            return text["Cancel.Done"];
        }, ct);

    public async Task<IActionResult> OnPostAttendanceAsync(Guid id, [FromServices] RecordEventAttendance.Handler record, CancellationToken ct)
    {
        var stored = await access.ProgrammeEvents().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (stored is null)
            return NotFound();
        var ids = Shown.Concat(Attended).Distinct().ToList();
        foreach (var participantId in ids)
            Hours[participantId] = Request.Form[$"Hours[{participantId}]"].FirstOrDefault();
        var changes = new List<RecordEventAttendance.Item>();
        foreach (var participantId in ids)
        {
            var attended = Attended.Contains(participantId);
            decimal? hours = null;
            if (attended && stored.Kind == EventKind.MentorTraining && !string.IsNullOrWhiteSpace(Hours.GetValueOrDefault(participantId)))
            {
                if (ParseHours(Hours[participantId]) is not { } typed)
                {
                    ModelState.AddModelError($"Hours[{participantId}]", T["Error.Number"]);
                    continue;
                }

                hours = typed;
            }

            // Only what the form changes is recorded: an unticked person with nothing recorded stays so.
            var recorded = stored.Invitations.FirstOrDefault(i => i.ParticipantId == participantId);
            var unchanged = recorded is null
                ? !attended
                : recorded.Attended is null ? !attended : recorded.Attended == attended && recorded.Hours == (attended ? hours ?? stored.LengthHours : null);
            if (!unchanged)
                changes.Add(new RecordEventAttendance.Item(participantId, attended, hours));
        }

        if (ModelState.ErrorCount == 0)
        {
            try
            {
                var (_, nowReady) = await record.HandleAsync(new RecordEventAttendance.Request(id, Version, changes), ct);
                var names = nowReady.Select(m => m.Profile.FullName).Order(StringComparer.CurrentCulture).ToList();
                Flash(names.Count > 0 ? text["Attendance.SavedReady", changes.Count, string.Join(", ", names)] : text["Attendance.Saved", changes.Count]);
                return Redirect($"/Events/{id}");
            }
            catch (Infrastructure.Errors.NotFoundException)
            {
                return NotFound();
            }
            catch (DomainValidationException e)
            {
                ModelState.AddModelError(string.Empty, ErrorText.For(Errors, e));
            }
            catch (Exception e) when (ModelState.TryAdd(e, Errors, string.Empty))
            {
                // Shown above the form.
            }
        }

        Redisplayed = true;
        ActiveForm = "attendance";
        db.ChangeTracker.Clear();
        return await ShowAsync(id, ct) ? Page() : NotFound();
    }

    /// <summary>Hours as typed: "1.5" or "1,5".</summary>
    public static decimal? ParseHours(string? value)
    {
        var normalised = value?.Trim() ?? string.Empty;
        if (!normalised.Contains('.', StringComparison.Ordinal))
            normalised = normalised.Replace(',', '.');
        return decimal.TryParse(normalised, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours) ? hours : null;
    }

    /// <summary>How this page words a refusal: the events texts, then the shared ones.</summary>
    private FirstFoundLocalizer Errors => new(text, T);

    private async Task<IActionResult> RunAsync(Guid id, string form, string prefix, Func<Task<string>> action, CancellationToken ct)
    {
        if (!await access.ProgrammeEvents().AnyAsync(e => e.Id == id, ct))
            return NotFound();
        if (ModelState.IsValid)
        {
            try
            {
                Flash(await action());
                return Redirect($"/Events/{id}");
            }
            catch (Infrastructure.Errors.NotFoundException)
            {
                return NotFound();
            }
            catch (Exception e) when (ModelState.TryAdd(e, Errors, prefix))
            {
                // Shown beside the field, with what she typed.
            }
        }
        else
        {
            Forms.LocalizeBindingErrors(ModelState, T);
        }

        ActiveForm = form;
        db.ChangeTracker.Clear();
        return await ShowAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> ShowAsync(Guid id, CancellationToken ct)
    {
        var programmeEvent = await access.ProgrammeEvents().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (programmeEvent is null)
            return false;
        Event = await EventViews.ViewAsync(db, programmeEvent, access, clock.GetUtcNow(), ct);
        if (access.IsManager && Event.Status == EventStatus.Planned && !Event.Started)
        {
            var invited = programmeEvent.Invitations.Select(i => i.ParticipantId).ToList();
            var role = Event.Kind switch
            {
                EventKind.MentorTraining => ParticipantRole.Mentor,
                EventKind.MenteeTraining => ParticipantRole.Mentee,
                _ => (ParticipantRole?)null,
            };
            Invitable = await db.Participants
                .Where(p => p.ProgrammeId == Event.ProgrammeId && !invited.Contains(p.Id)
                    && p.Status != ParticipantStatus.Completed && p.Status != ParticipantStatus.Withdrawn
                    && (role == null || p.Role == role))
                .OrderBy(p => p.Role).ThenBy(p => p.Profile.FullName)
                .Select(p => new EventOption(p.Id, p.Profile.FullName, p.Role.ToString()))
                .ToListAsync(ct);
        }

        return true;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Common;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Domain.Training;
using Ponte.Data;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Training;

/// <summary>
/// /Training/{id}: one session and its attendance list. Saving the list re-evaluates the
/// readiness of every mentor whose attendance changed.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SessionModel(AppDbContext db, TimeProvider clock, IStringLocalizer<TrainingText> text) : PontePageModel
{
    public TrainingSession Session { get; private set; } = null!;

    public Programme Programme { get; private set; } = null!;

    public IReadOnlyList<MentorRow> Mentors { get; private set; } = [];

    public bool Started { get; private set; }

    /// <summary>True after a refused save: the checkboxes show what she ticked, not what is stored.</summary>
    public bool Redisplayed { get; private set; }

    [BindProperty]
    public Guid Version { get; set; }

    /// <summary>The mentors the form listed (so an unticked box means "did not attend").</summary>
    [BindProperty]
    public List<Guid> Shown { get; set; } = [];

    /// <summary>The mentors ticked as present.</summary>
    [BindProperty]
    public List<Guid> Attended { get; set; } = [];

    public bool IsTicked(Guid mentorId) => Redisplayed ? Attended.Contains(mentorId) : Session.WasAttendedBy(mentorId);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var session = await db.TrainingSessions.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
            return NotFound();
        Version = session.Version;
        await ShowAsync(session, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [FromServices] RecordAttendance.Handler record, CancellationToken ct)
    {
        var session = await db.TrainingSessions.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
            return NotFound();
        if (!ModelState.IsValid)
        {
            // Only a tampered form gets here (ids that are not ids): nothing is saved.
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, T["Error.BadRequest"]);
            return await RedisplayAsync(session, ct);
        }

        var ids = Shown.Concat(Attended).Distinct().ToList();
        if (await db.Participants.CountAsync(p => ids.Contains(p.Id), ct) != ids.Count)
            return NotFound(); // an id of another organisation, or of nobody

        // Only what the form changes is recorded: an unticked mentor with nothing recorded stays so.
        var changes = ids
            .Select(mentorId => new RecordAttendance.Item(mentorId, Attended.Contains(mentorId)))
            .Where(item => session.Attendance.FirstOrDefault(a => a.ParticipantId == item.MentorId) is { } recorded
                ? recorded.Attended != item.Attended
                : item.Attended)
            .ToList();
        try
        {
            var (_, nowReady) = await record.HandleAsync(new RecordAttendance.Request(id, Version, changes), ct);
            var names = nowReady.Select(m => m.Profile.FullName).Order().ToList();
            Flash(names.Count > 0
                ? text["Attendance.SavedReady", changes.Count, string.Join(", ", names)]
                : text["Attendance.Saved", changes.Count]);
            return Redirect($"/Training/{id}");
        }
        catch (DomainValidationException e)
        {
            // A listed person who cannot attend (not a mentor of this programme): the form has no field for her.
            ModelState.AddModelError(string.Empty, ErrorText.For(Errors, e));
            return await ReloadAsync(id, ct);
        }
        catch (Exception e) when (ModelState.TryAdd(e, Errors, string.Empty))
        {
            return await ReloadAsync(id, ct);
        }
    }

    /// <summary>How this page words a refusal: the training texts, then the shared ones.</summary>
    private FirstFoundLocalizer Errors => new(text, T);

    /// <summary>Shows the session as stored after a refused save, with the boxes as she ticked them.</summary>
    private async Task<IActionResult> ReloadAsync(Guid id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var session = await db.TrainingSessions.SingleAsync(s => s.Id == id, ct);
        return await RedisplayAsync(session, ct);
    }

    private async Task<IActionResult> RedisplayAsync(TrainingSession session, CancellationToken ct)
    {
        Redisplayed = true;
        await ShowAsync(session, ct);
        return Page();
    }

    private async Task ShowAsync(TrainingSession session, CancellationToken ct)
    {
        Session = session;
        Started = session.HasStarted(clock.GetUtcNow());
        Programme = await db.Programmes.SingleAsync(p => p.Id == session.ProgrammeId, ct);
        var recorded = session.Attendance.Select(a => a.ParticipantId).ToList();
        var statuses = MentorReadiness.TrainingStatuses;
        Mentors = await db.Participants
            .Where(p => p.ProgrammeId == session.ProgrammeId && p.Role == ParticipantRole.Mentor
                && (statuses.Contains(p.Status) || recorded.Contains(p.Id)))
            .Select(p => new MentorRow(p.Id, p.Profile.FullName, p.Status))
            .ToListAsync(ct);

        // Mentors still in preparation first: they are the ones training is for.
        Mentors = [.. Mentors
            .OrderBy(m => m.Status is ParticipantStatus.Accepted or ParticipantStatus.InTraining ? 0 : 1)
            .ThenBy(m => m.Name, StringComparer.CurrentCulture)];
    }

    public sealed record MentorRow(Guid Id, string Name, ParticipantStatus Status);
}

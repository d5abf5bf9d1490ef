using Ponte.Domain.Common;
using Ponte.Domain.Participants;
using Ponte.Domain.Programmes;

namespace Ponte.Domain.Mentoring;

/// <summary>
/// Ending a process (issue 10, §4): requests to end, closing with the situation on leaving of each
/// mentee, and the new process a renewal starts. Kept apart from the process's other transitions.
/// </summary>
public sealed partial class MentoringProcess
{
    private readonly List<CloseRequest> _closeRequests = [];
    private readonly List<LeavingSituation> _leavingSituations = [];

    /// <summary>How it ended; null while it is open.</summary>
    public ProcessClosure? Closure { get; private set; }

    /// <summary>The closed process this one renews (the same mentor, goals carried over); null for a first process.</summary>
    public Guid? RenewedFromId { get; private set; }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<CloseRequest> CloseRequests => _closeRequests.OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id).ToList();

    /// <summary>One per mentee once the process is closed.</summary>
    public IReadOnlyList<LeavingSituation> LeavingSituations => _leavingSituations;

    public bool IsClosed => Status == ProcessStatus.Closed;

    /// <summary>
    /// A participant asks the organisation to end the process: completed, or early with a reason
    /// (text optional, required for "other"). A mentee may ask for a new mentor. One open request
    /// per person. Returns the request and the line for her own timeline (not the process's: the
    /// other side is not told).
    /// </summary>
    public (CloseRequest Request, StatusChange Line) RequestClose(ClosingOutcome outcome, EndReason? reason, string? text, bool wantsNewMentor, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpenToClose();
        var member = actor.UserId is { } userId ? _members.Find(m => m.UserId == userId) : null;
        if (member is null)
            throw new DomainException("NotAParticipant", "Only a participant of this process can ask to end it.");
        var (checkedReason, checkedText) = CheckEnding(outcome, reason, text, CloseRequest.TextMax);
        if (wantsNewMentor && member.Role != ProcessRole.Mentee)
            throw new DomainValidationException(nameof(CloseRequest.WantsNewMentor), "MenteesOnly", "Only a mentee asks for a new mentor.");
        if (_closeRequests.Exists(r => r.ParticipantId == member.ParticipantId && r.State == CloseRequestState.Open))
            throw new DomainException("CloseAlreadyRequested", "You have asked to end this process already; the organisation will answer.");

        var request = CloseRequest.Of(member, outcome, checkedReason, checkedText, wantsNewMentor, now);
        _closeRequests.Add(request);
        return (request, StatusChange.Record(now, actor, ClosingEvents.CloseRequested, Status.ToString(), Status.ToString()));
    }

    /// <summary>A manager declines an open request (the process goes on), with a note the person who asked reads.</summary>
    public (CloseRequest Request, StatusChange Line) DeclineCloseRequest(Guid requestId, string? note, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var request = OpenRequest(requestId);
        request.Decide(CloseRequestState.Declined, Guard.Optional(note, nameof(CloseRequest.DecisionNote), CloseRequest.TextMax), actor, now);
        return (request, StatusChange.Record(now, actor, ClosingEvents.CloseRequestDeclined, Status.ToString(), Status.ToString()));
    }

    /// <summary>
    /// A manager closes the process: completed (only once it has been active) or ended early with a
    /// reason, from matched, agreed, active or paused, recording each mentee's situation on
    /// leaving. Every open request to end is granted. The line goes on everyone's timeline; the
    /// manager's note and the reason are in its detail, which only managers read.
    /// </summary>
    public ProcessChange Close(
        ClosingOutcome outcome, EndReason? reason, string? note, IReadOnlyCollection<LeavingSituationInput> situations, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(situations);
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpenToClose();
        Guard.Defined(outcome, nameof(ProcessClosure.Outcome));
        var (checkedReason, text) = CheckEnding(outcome, reason, note, ProcessClosure.NoteMax);
        if (outcome == ClosingOutcome.Completed && Status != ProcessStatus.Active && PausedFrom != ProcessStatus.Active)
            throw new DomainException("NeverActive", "Only a process that has been active can be completed; end it early instead.");
        if (situations.Any(s => !MenteeIds.Contains(s.MenteeId)))
            throw new DomainValidationException("Situations", "NotAMentee", "Record the situation of this process's mentees.");
        if (MenteeIds.Any(id => situations.Count(s => s.MenteeId == id) != 1))
            throw new DomainValidationException("Situations", "SituationRequired", "Record each mentee's situation on leaving.");

        var recorded = situations.Select((s, i) =>
        {
            var situation = LeavingSituation.For(s.MenteeId);
            try
            {
                situation.Apply(s, actor, now);
            }
            catch (DomainValidationException e)
            {
                throw new DomainValidationException($"Situations[{i}].{e.Field}", e.Code, e.Message, [.. e.Args]);
            }

            return situation;
        }).ToList();
        _leavingSituations.AddRange(recorded);
        foreach (var request in _closeRequests.Where(r => r.State == CloseRequestState.Open))
            request.Decide(CloseRequestState.Granted, null, actor, now);
        Closure = ProcessClosure.Of(outcome, checkedReason, text, actor, now);
        PausedFrom = null;
        PauseReason = null;
        PauseNote = null;
        PausedAt = null;
        var detail = checkedReason is { } why ? $"{outcome}: {why}" : outcome.ToString();
        return Changed(Move(ProcessStatus.Closed, ClosingEvents.Closed, actor, now, text is null ? detail : $"{detail}: {text}"));
    }

    /// <summary>Corrects a mentee's situation on leaving after the close; false when it is the same.</summary>
    public bool RecordLeavingSituation(LeavingSituationInput input, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsClosed)
            throw new DomainException("ProcessNotClosed", "The situation on leaving is recorded when the process closes.");
        var situation = _leavingSituations.Find(s => s.MenteeId == input.MenteeId)
            ?? throw new DomainException("NotAMentee", "This participant is not a mentee of the process.");
        if (!situation.Apply(input, actor, now))
            return false;
        Note(ClosingEvents.LeavingSituationRecorded, actor, now, input.MenteeId.ToString());
        return true;
    }

    /// <summary>Whether this mentee asked to end and to be matched with another mentor, and the process closed on it.</summary>
    public bool AskedForNewMentor(Guid menteeId) =>
        _closeRequests.Exists(r => r.ParticipantId == menteeId && r is { WantsNewMentor: true, State: CloseRequestState.Granted });

    /// <summary>Writes on this closed process that a mentee's unmet goals were carried on (the detail: the new process, or none yet).</summary>
    public StatusChange RecordRenewal(Guid menteeId, Guid? toProcessId, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsClosed)
            throw new DomainException("ProcessNotClosed", "Only a closed process can be renewed.");
        if (!MenteeIds.Contains(menteeId))
            throw new DomainException("RenewalMismatch", "A renewal continues the same mentor with a mentee of this process.");
        return Note(ClosingEvents.Renewed, actor, now, toProcessId?.ToString());
    }

    /// <summary>
    /// A new process of the same mentor and one mentee of this closed one, started at matched and
    /// linked to it (<see cref="RenewedFromId"/>). Both must be matched again already (their new
    /// relationship). The start line is the new process's first.
    /// </summary>
    public MentoringProcess Renew(Programme programme, Participant mentor, Participant mentee, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(mentor);
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsClosed)
            throw new DomainException("ProcessNotClosed", "Only a closed process can be renewed.");
        if (programme.Id != ProgrammeId || mentor.Id != MentorId || !MenteeIds.Contains(mentee.Id))
            throw new DomainException("RenewalMismatch", "A renewal continues the same mentor with a mentee of this process.");
        if (mentor.Status != ParticipantStatus.Matched || mentee.Status != ParticipantStatus.Matched)
            throw new DomainException("NotMatched", "The mentor and every mentee must have been matched.");

        var process = new MentoringProcess
        {
            OrganisationId = OrganisationId,
            ProgrammeId = ProgrammeId,
            MatchProposalId = null,
            Status = ProcessStatus.Matched,
            StartedAt = now,
            RenewedFromId = Id,
        };
        process._members.Add(ProcessMember.Of(mentor, ProcessRole.Mentor, null));
        process._members.Add(ProcessMember.Of(mentee, ProcessRole.Mentee, null));
        process._timeline.Add(StatusChange.Record(now, actor, ClosingEvents.RenewedFrom, null, nameof(ProcessStatus.Matched), Id.ToString()));
        return process;
    }

    /// <summary>A process that started from a match after a renewal sent her back to the board is linked to the one it renews.</summary>
    public void LinkRenewal(MentoringProcess from)
    {
        ArgumentNullException.ThrowIfNull(from);
        if (!from.IsClosed || from.OrganisationId != OrganisationId)
            throw new DomainException("RenewalMismatch", "A renewal continues a closed process of the same organisation.");
        RenewedFromId ??= from.Id;
    }

    private void RequireOpenToClose()
    {
        if (IsClosed)
            throw new DomainException("ProcessClosed", "The process is closed already.");
    }

    private CloseRequest OpenRequest(Guid requestId)
    {
        RequireOpenToClose();
        var request = _closeRequests.Find(r => r.Id == requestId) ?? throw new DomainException("CloseRequestNotFound", "This request is not in the process.");
        if (request.State != CloseRequestState.Open)
            throw new DomainException("CloseRequestDecided", "This request has been answered already.");
        return request;
    }

    /// <summary>Completed takes no reason; ended early needs one, and "other" needs the text.</summary>
    private static (EndReason? Reason, string? Text) CheckEnding(ClosingOutcome outcome, EndReason? reason, string? text, int max)
    {
        Guard.Defined(outcome, nameof(ProcessClosure.Outcome));
        var checkedText = Guard.Optional(text, "Note", max);
        if (outcome == ClosingOutcome.Completed)
            return (null, checkedText);
        var why = Guard.Defined(reason ?? throw new DomainValidationException(nameof(ProcessClosure.Reason), "Required", "Choose why it ends early."), nameof(ProcessClosure.Reason));
        if (why == EndReason.Other && checkedText is null)
            throw new DomainValidationException("Note", "ReasonTextRequired", "Say in a few words why it ends.");
        return (why, checkedText);
    }
}

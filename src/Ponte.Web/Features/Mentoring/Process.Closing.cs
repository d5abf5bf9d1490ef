using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>The process page's ending: a manager's close section, a participant's request to end, the managers' answer to one.</summary>
public sealed partial class ProcessModel
{
    public ClosingView Closing { get; private set; } = null!;

    /// <summary>The mentees of the process with their names, for the situation on leaving.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Mentees { get; private set; } = [];

    [BindProperty]
    public CloseInput Close { get; set; } = new();

    [BindProperty]
    public EndRequestInput EndRequest { get; set; } = new();

    [BindProperty]
    public string? DeclineNote { get; set; }

    public Task<IActionResult> OnPostCloseAsync(Guid id, [FromServices] CloseProcess.Handler close, [FromServices] Microsoft.Extensions.Localization.IStringLocalizer<ClosingText> closing, CancellationToken ct) =>
        RunAsync(id, "Close", async () =>
        {
            if (!Close.Confirm)
                throw new DomainValidationException(nameof(CloseInput.Confirm), "ConfirmClose", "Tick the box to confirm that the process ends.");
            var situations = Close.Situations.Select(s => new LeavingSituationInput(
                s.MenteeId, s.Situation, s.Qualification, s.LanguageLevel,
                (s.Trainings ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))).ToList();
            await close.HandleAsync(new CloseProcess.Request(id, Close.Outcome, Close.Outcome == ClosingOutcome.Completed ? null : Close.Reason, Close.Note, situations, Version), ct);
            return closing["Flash.Closed"];
        }, ct);

    public Task<IActionResult> OnPostRequestEndAsync(Guid id, [FromServices] RequestClose.Handler ask, [FromServices] Microsoft.Extensions.Localization.IStringLocalizer<ClosingText> closing, CancellationToken ct) =>
        RunAsync(id, "EndRequest", async () =>
        {
            await ask.HandleAsync(new RequestClose.Request(id, EndRequest.Outcome, EndRequest.Outcome == ClosingOutcome.Completed ? null : EndRequest.Reason, EndRequest.Text, EndRequest.WantsNewMentor), ct);
            return closing["Flash.Requested"];
        }, ct);

    public Task<IActionResult> OnPostDeclineAsync(Guid id, Guid requestId, [FromServices] DeclineCloseRequest.Handler decline, [FromServices] Microsoft.Extensions.Localization.IStringLocalizer<ClosingText> closing, CancellationToken ct) =>
        RunAsync(id, string.Empty, async () =>
        {
            await decline.HandleAsync(new DeclineCloseRequest.Request(id, requestId, DeclineNote, Version), ct);
            return closing["Flash.Declined"];
        }, ct);

    private async Task ShowClosingAsync(MentoringProcess process, bool defaults, CancellationToken ct)
    {
        Closing = await ClosingViews.ViewAsync(db, process, access, ct);
        var mentees = process.MenteeIds.ToList();
        Mentees = (await db.Participants.Where(p => mentees.Contains(p.Id)).Select(p => new { p.Id, p.Profile.FullName }).ToListAsync(ct))
            .OrderBy(p => p.FullName, StringComparer.CurrentCulture).Select(p => (p.Id, p.FullName)).ToList();
        if (defaults || Close.Situations.Count != Mentees.Count)
            Close.Situations = [.. Mentees.Select(m => new SituationInput { MenteeId = m.Id })];
    }

    public sealed class CloseInput
    {
        public ClosingOutcome? Outcome { get; set; }

        public EndReason? Reason { get; set; }

        public string? Note { get; set; }

        public List<SituationInput> Situations { get; set; } = [];

        public bool Confirm { get; set; }
    }

    public sealed class SituationInput
    {
        public Guid MenteeId { get; set; }

        public LabourMarketSituation? Situation { get; set; }

        public string? Qualification { get; set; }

        public CefrLevel? LanguageLevel { get; set; }

        /// <summary>One training a line.</summary>
        public string? Trainings { get; set; }
    }

    public sealed class EndRequestInput
    {
        public ClosingOutcome? Outcome { get; set; }

        public EndReason? Reason { get; set; }

        public string? Text { get; set; }

        public bool WantsNewMentor { get; set; }
    }
}

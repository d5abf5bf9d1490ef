using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Localization;
using CheckInEntity = Ponte.Domain.Mentoring.CheckIn;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// /CheckIns/{id}: a participant answers her check-in on a phone in under a minute (how it is going,
/// whether meetings happened, anything for the organisation; or whether it is a good fit). The
/// organisation's managers read the answer here; the other side of the process finds no such page.
/// </summary>
[Authorize]
public sealed class CheckInModel(AppDbContext db, ProcessAccess access, IStringLocalizer<CheckInText> text) : PontePageModel
{
    public CheckInEntity CheckIn { get; private set; } = null!;

    public string Programme { get; private set; } = string.Empty;

    public string Person { get; private set; } = string.Empty;

    /// <summary>Whether the caller is the one asked (and so may answer).</summary>
    public bool Mine { get; private set; }

    [BindProperty]
    public AnswerInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        await ShowAsync(id, ct);
        // A request to assess herself again is answered on her self-assessment form.
        if (CheckIn.Kind == CheckInKind.SelfAssessment && Mine && CheckIn.State != CheckInState.Answered)
            return Redirect($"/Participants/{CheckIn.ParticipantId}/Screening/New");
        Input = new AnswerInput { Score = CheckIn.Score, MeetingsHappened = CheckIn.MeetingsHappened, Fit = CheckIn.Fit, ForOrganisation = CheckIn.ForOrganisation, Version = CheckIn.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [FromServices] AnswerCheckIn.Handler answer, CancellationToken ct)
    {
        await ShowAsync(id, ct);
        if (!Mine)
            return Forbid();
        if (ModelState.IsValid)
        {
            try
            {
                await answer.HandleAsync(new AnswerCheckIn.Request(id, Input.Score, Input.MeetingsHappened, Input.Fit, Input.ForOrganisation, Input.Version), ct);
                Flash(text["Answer.Thanks"]);
                return Redirect($"/CheckIns/{id}");
            }
            catch (Exception e) when (ModelState.TryAdd(e, new FirstFoundLocalizer(text, T), "Input"))
            {
                // Shown beside the field, with what she chose.
            }
        }
        else
        {
            Forms.LocalizeBindingErrors(ModelState, T);
        }

        return Page();
    }

    private async Task ShowAsync(Guid id, CancellationToken ct)
    {
        (CheckIn, var process) = await CheckInAccess.LoadAsync(db, access, id, ct);
        Mine = access.Me(process)?.ParticipantId == CheckIn.ParticipantId;
        Programme = await db.Programmes.Where(p => p.Id == process.ProgrammeId).Select(p => p.Name).SingleAsync(ct);
        Person = await db.Participants.Where(p => p.Id == CheckIn.ParticipantId).Select(p => p.Profile.FullName).SingleAsync(ct);
    }

    public sealed class AnswerInput
    {
        public int? Score { get; set; }

        public bool? MeetingsHappened { get; set; }

        public FitAnswer? Fit { get; set; }

        public string? ForOrganisation { get; set; }

        public Guid? Version { get; set; }
    }
}

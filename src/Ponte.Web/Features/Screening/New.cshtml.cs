using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Participants;
using Ponte.Domain.Screening;
using Ponte.Data;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Screening;

/// <summary>
/// Records a screening of a mentee: staff with her, or the mentee's own self-assessment
/// (the mode is then always <see cref="AssessmentMode.SelfAssessment"/>).
/// </summary>
public sealed class NewModel(AppDbContext db, CurrentUser me, TimeProvider clock, LocalTime localTime, IStringLocalizer<ScreeningText> text) : PontePageModel
{
    [BindProperty]
    public ScreeningForm Input { get; set; } = new();

    public Participant Participant { get; private set; } = null!;

    public bool MayChooseMode { get; private set; }

    public bool IsSelf { get; private set; }

    public string Today { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
            return refused;
        Input.TakenOn = Today;
        Input.Mode = MayChooseMode ? nameof(AssessmentMode.WithStaff) : nameof(AssessmentMode.SelfAssessment);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [FromServices] RecordScreening.Handler record, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
            return refused;

        // Everything is checked before saving, so that every mistake shows next to its field at once.
        ModelState.Clear();
        var now = clock.GetUtcNow();
        DateOnly? date = null;
        if (string.IsNullOrWhiteSpace(Input.TakenOn))
            ModelState.AddModelError("Input.TakenOn", T["Error.Required"]);
        else if (!DateOnly.TryParseExact(Input.TakenOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            ModelState.AddModelError("Input.TakenOn", T["Error.DateFormat"]);
        else if (parsed > localTime.Today(now))
            ModelState.AddModelError("Input.TakenOn", T["Error.DateInFuture"]);
        else if (parsed.Year < 2000)
            ModelState.AddModelError("Input.TakenOn", T["Error.DateFormat"]);
        else
            date = parsed;

        var mode = Forms.ParseEnum<AssessmentMode>(Input.Mode);
        if (MayChooseMode && mode is null)
            ModelState.AddModelError("Input.Mode", T["Error.Invalid"]);

        var ratings = Indicators.All.Select(i =>
        {
            var typed = Input.Ratings.GetValueOrDefault(i.ToString());
            int? score = int.TryParse(typed?.Score, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : null;
            return new RatingInput(i, score, typed?.Note);
        }).ToList();
        var request = new RecordScreening.Request(id, mode, date is { } day ? TakenAt(day, now) : null, ratings);

        // The rules the API shares; a field that could not even be read keeps that message.
        foreach (var mistake in RecordScreening.Mistakes(request, MayChooseMode, now))
        {
            var key = mistake.Field == nameof(RecordScreening.Request.TakenAt) ? "Input.TakenOn" : "Input." + mistake.Field;
            if (!ModelState.ContainsKey(key))
                ModelState.AddModelError(key, ErrorText.For(T, mistake));
        }

        if (!ModelState.IsValid || date is null)
            return Page();

        try
        {
            await record.HandleAsync(request, ct);
        }
        catch (Exception e) when (ModelState.TryAdd(e, T))
        {
            return Page();
        }

        Flash(text["New.Saved"]);
        return Redirect($"/Participants/{id}#screening-heading");
    }

    /// <summary>The form's mistakes in the order of its fields, each naming its field and linking to it.</summary>
    public IReadOnlyList<FormError> ErrorSummary() => ModelState
        .Where(kv => kv.Value is { Errors.Count: > 0 })
        .Select(kv => (Field: Field.Of(kv.Key), Message: kv.Value!.Errors[0].ErrorMessage))
        .OrderBy(e => e.Field.Order)
        .Select(e => new FormError(e.Field.Anchor, e.Field.Label(T, text) is { Length: > 0 } label ? text["Summary.Item", label, e.Message] : e.Message))
        .ToList();

    /// <summary>Staff of her organisation, or the mentee herself; anyone else finds nothing here.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var access = new ParticipantAccess(db, me);
        Participant = await access.GetAsync(id, ct);
        if (!access.MayRecordScreening(Participant))
            return NotFound();
        MayChooseMode = access.MayChooseMode;
        IsSelf = access.IsSelf(Participant);
        Today = localTime.Today(clock.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return null;
    }

    /// <summary>
    /// The moment a screening typed as a date was taken: now, for today before noon; else noon of
    /// that day in her local time, so the day reads the same wherever the page shows it.
    /// </summary>
    private DateTimeOffset TakenAt(DateOnly date, DateTimeOffset now)
    {
        var noon = localTime.Instant(date, new TimeOnly(12, 0));
        return noon < now ? noon : now;
    }

    public sealed record FormError(string Anchor, string Text);

    /// <summary>Where a model-state key sits on the form: "Input.TakenOn", "Input.Ratings[HardSkills]", "Input.Ratings[HardSkills].Note".</summary>
    private sealed record Field(string Key, Indicator? Indicator, bool IsNote)
    {
        public static Field Of(string key)
        {
            const string prefix = "Input.Ratings[";
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.IndexOf(']', StringComparison.Ordinal) is var end and > 0
                && Enum.TryParse<Indicator>(key[prefix.Length..end], out var indicator) && Enum.IsDefined(indicator))
                return new Field(key, indicator, key.EndsWith(".Note", StringComparison.Ordinal));
            return new Field(key, null, false);
        }

        public int Order => Key switch
        {
            "Input.TakenOn" => 0,
            "Input.Mode" => 1,
            _ => Indicator is { } i ? 10 + (2 * (int)i) + (IsNote ? 1 : 0) : 100,
        };

        public string Anchor => Key switch
        {
            "Input.TakenOn" => "taken-on",
            "Input.Mode" => "mode-" + nameof(AssessmentMode.WithStaff),
            _ => Indicator is { } i ? (IsNote ? $"note-{i}" : $"score-{i}-1") : "screening-form",
        };

        public string Label(IStringLocalizer shared, IStringLocalizer<ScreeningText> text) => Key switch
        {
            "Input.TakenOn" => text["New.Date"],
            "Input.Mode" => text["New.Mode"],
            _ => Indicator is { } i ? (IsNote ? text["New.Note", shared.Enum(i)] : shared.Enum(i)) : string.Empty,
        };
    }

    /// <summary>What the form posts, kept as typed so that a mistake never loses what she wrote.</summary>
    public sealed class ScreeningForm
    {
        public string? TakenOn { get; set; }

        public string? Mode { get; set; }

        public Dictionary<string, RatingForm> Ratings { get; set; } = [];
    }

    public sealed class RatingForm
    {
        public string? Score { get; set; }

        public string? Note { get; set; }
    }
}

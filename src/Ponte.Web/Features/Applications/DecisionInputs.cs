namespace Ponte.Web.Features.Applications;

/// <summary>The interview form. Property names follow the domain's fields, so its errors land next to them.</summary>
public sealed class ScheduleInput
{
    public const int LocationMax = 200;
    public const int LinkMax = 500;

    /// <summary>As a datetime-local input sends it ("2026-12-01T10:30"), in her local time (<see cref="Infrastructure.Localization.LocalTime"/>).</summary>
    public string? InterviewAt { get; set; }

    public string? InterviewLocation { get; set; }

    public string? InterviewOnlineLink { get; set; }

    public Guid? Version { get; set; }
}

public sealed class NotesInput
{
    public const int TextMax = Domain.Profiles.Profile.TextMax;

    public string? InterviewQualifications { get; set; }

    public string? InterviewMotivation { get; set; }

    public string? InterviewExpectations { get; set; }

    public Guid? Version { get; set; }
}

public sealed class DecisionInput
{
    public const int ReasonMax = 1000;

    /// <summary>Accept, WaitList or Decline.</summary>
    public string? Decision { get; set; }

    public string? DecisionReason { get; set; }

    /// <summary>Words for the applicant, sent with the decision (optional).</summary>
    public string? MessageToApplicant { get; set; }

    /// <summary>Declining is final: the manager ticks a box to confirm it.</summary>
    public bool ConfirmDecline { get; set; }

    public Guid? Version { get; set; }
}

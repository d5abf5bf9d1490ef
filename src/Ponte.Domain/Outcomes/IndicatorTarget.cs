using Ponte.Domain.Common;

namespace Ponte.Domain.Outcomes;

/// <summary>Whose figures a report or a target is about.</summary>
public enum ReportScope
{
    /// <summary>Every organisation of the network: the coordinator's.</summary>
    Network = 0,

    /// <summary>One partner organisation: its managers'.</summary>
    Organisation = 1,

    /// <summary>One programme of an organisation.</summary>
    Programme = 2,
}

/// <summary>A delivery period of a funded project: its first and last day, inclusive.</summary>
public readonly record struct DeliveryPeriod(DateOnly From, DateOnly To)
{
    public const int MaxDays = 366 * 10;

    /// <summary>The period, checked: the start on or before the end, at most ten years.</summary>
    public static DeliveryPeriod Of(DateOnly? from, DateOnly? to)
    {
        var checks = new FieldChecks();
        var start = checks.Run(() => from ?? throw new DomainValidationException(nameof(From), "Required", "Enter the first day of the period."));
        var end = checks.Run(() => to ?? throw new DomainValidationException(nameof(To), "Required", "Enter the last day of the period."));
        checks.ThrowIfAny();
        if (start > end)
            throw new DomainValidationException(nameof(To), "PeriodReversed", "The last day must be on or after the first day.");
        if (end.DayNumber - start.DayNumber > MaxDays)
            throw new DomainValidationException(nameof(To), "PeriodTooLong", "A period is at most ten years.");
        return new DeliveryPeriod(start, end);
    }

    /// <summary>Whether the day is within the period (both ends included).</summary>
    public bool Contains(DateOnly day) => day >= From && day <= To;

    public override string ToString() => $"{OutcomeWords.DateWord(From)}..{OutcomeWords.DateWord(To)}";
}

/// <summary>
/// What the funder expects of one indicator in one delivery period: for the network (set by the
/// coordinator), an organisation or a programme (set by its managers). Every figure of a report for
/// the same scope and period shows it with the progress made.
/// </summary>
public sealed class IndicatorTarget : VersionedEntity
{
    public const decimal Max = 10_000_000m;

    private IndicatorTarget()
    {
    }

    public ReportScope Scope { get; private set; }

    /// <summary>The organisation of an organisation's or programme's target; null for the network's.</summary>
    public Guid? OrganisationId { get; private set; }

    public Guid? ProgrammeId { get; private set; }

    public DateOnly PeriodFrom { get; private set; }

    public DateOnly PeriodTo { get; private set; }

    public DeliveryPeriod Period => new(PeriodFrom, PeriodTo);

    /// <summary>An indicator code of <see cref="IndicatorEngine.Codes"/>.</summary>
    public string Code { get; private set; } = string.Empty;

    public decimal Target { get; private set; }

    public static IndicatorTarget Set(ReportScope scope, Guid? organisationId, Guid? programmeId, DeliveryPeriod period, string? code, decimal? target)
    {
        var checks = new FieldChecks();
        var c = checks.Run(() => CheckCode(code));
        var t = checks.Run(() => CheckTarget(target));
        checks.ThrowIfAny();
        Guard.Defined(scope, nameof(Scope));
        if ((scope == ReportScope.Network) != (organisationId is null) || (scope == ReportScope.Programme) != (programmeId is not null))
            throw new DomainException("TargetScope", "A target belongs to the network, an organisation or one of its programmes.");
        return new IndicatorTarget
        {
            Scope = scope,
            OrganisationId = organisationId,
            ProgrammeId = programmeId,
            PeriodFrom = period.From,
            PeriodTo = period.To,
            Code = c,
            Target = t,
        };
    }

    /// <summary>A new figure for the same target; returns false when it is the same.</summary>
    public bool Change(decimal? target)
    {
        var t = CheckTarget(target);
        if (t == Target)
            return false;
        Target = t;
        return true;
    }

    /// <summary>The codes a target can be set for: every indicator but the two averages.</summary>
    public static IReadOnlyList<string> Codes { get; } =
        IndicatorEngine.Codes.Where(c => c is not IndicatorEngine.Satisfaction and not IndicatorEngine.IntegrationRate).ToList();

    private static string CheckCode(string? code)
    {
        var c = code?.Trim().ToUpperInvariant() ?? string.Empty;
        return Codes.Contains(c) ? c : throw new DomainValidationException(nameof(Code), "UnknownIndicator", "Choose an indicator from the list.");
    }

    private static decimal CheckTarget(decimal? target)
    {
        var t = target ?? throw new DomainValidationException(nameof(Target), "Required", "Enter the target.");
        if (t <= 0 || t > Max || decimal.Round(t, 0) != t)
            throw new DomainValidationException(nameof(Target), "TargetOutOfRange", $"Enter a whole number from 1 to {Max:N0}.", Max);
        return t;
    }
}

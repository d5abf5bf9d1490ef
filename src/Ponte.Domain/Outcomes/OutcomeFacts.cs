using Ponte.Domain.Screening;

namespace Ponte.Domain.Outcomes;

/// <summary>A person as the indicators see her: what was recorded at entry, no name, no contact.</summary>
public sealed record PersonFact(
    string Id,
    FactRole Role,
    FactSex Sex,
    DateOnly? BirthDate,
    EntryLabourStatus LabourStatus,
    int? Education,
    YesNoUnknown ThirdCountryNational,
    YesNoUnknown ForeignBackground,
    DisabilityAnswer Disability,
    YesNoUnknown Homeless);

/// <summary>
/// What an event says, by kind: <see cref="Code"/> is the left reason, the status, the CEFR rank
/// (0 = A0 … 6 = C2), the rating's indicator or the satisfaction; <see cref="Score"/> the rating;
/// <see cref="Text"/> the language code or the action id.
/// </summary>
public readonly record struct FactValue(FactKind Kind, int Code = 0, int Score = 0, string? Text = null)
{
    public static FactValue Entered() => new(FactKind.Entered);

    public static FactValue Left(LeftHow how) => new(FactKind.Left, (int)how);

    public static FactValue Status(FactStatus status) => new(FactKind.Status, (int)status);

    /// <summary>A qualification, a training completed, a job interview or a job offer: their text does not count.</summary>
    public static FactValue Evidence(FactKind kind) => kind is FactKind.Qualification or FactKind.TrainingCompleted or FactKind.JobInterview or FactKind.JobOffer
        ? new(kind)
        : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an evidence kind.");

    public static FactValue LanguageLevel(string language, int rank) => new(FactKind.LanguageLevel, rank, 0, language);

    public static FactValue Rating(Indicator indicator, int score) => new(FactKind.Rating, (int)indicator, score);

    public static FactValue Participation(string actionId) => new(FactKind.Participation, 0, 0, actionId);

    public static FactValue Satisfaction(int score) => new(FactKind.Satisfaction, score);
}

public enum OutcomeInputError
{
    None,
    EmptyId,
    DuplicateOrganisation,
    DuplicatePerson,
    DuplicateAction,
    UnknownPerson,
    UnknownOrganisation,
    UnknownAction,
    OutOfRange,
    UnknownCode,
    DuplicateTarget,
    TargetNotPositive,
}

/// <summary>One event as stored: indices into the facts' lists, the date as a day number.</summary>
internal readonly record struct StoredEvent(int Person, int Organisation, int Day, FactKind Kind, int Code, int Score, int Ref);

/// <summary>
/// The facts the outcome indicators are computed from: organisations, people, events in the order
/// they were given (that order breaks ties between events of one date), joint actions and targets.
/// Built by the <c>ponte indicators</c> command from CSV files and by the site from its database.
/// </summary>
public sealed class OutcomeFacts
{
    private readonly Dictionary<string, int> _organisations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _actions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _languages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, decimal> _targets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _peopleBySpan;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _organisationsBySpan;

    public OutcomeFacts()
    {
        _peopleBySpan = _people.GetAlternateLookup<ReadOnlySpan<char>>();
        _organisationsBySpan = _organisations.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    internal List<string> OrganisationIds { get; } = [];

    internal List<string> OrganisationCountries { get; } = [];

    internal List<PersonFact> People { get; } = [];

    internal List<StoredEvent> Events { get; } = [];

    internal List<int> ActionDays { get; } = [];

    /// <summary>Whether each action lists at least two distinct countries.</summary>
    internal List<bool> ActionCrossBorder { get; } = [];

    internal IReadOnlyDictionary<string, decimal> Targets => _targets;

    public int PersonCount => People.Count;

    public int EventCount => Events.Count;

    public OutcomeInputError AddOrganisation(string id, string country)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length == 0)
            return OutcomeInputError.EmptyId;
        if (!_organisations.TryAdd(id, OrganisationIds.Count))
            return OutcomeInputError.DuplicateOrganisation;
        OrganisationIds.Add(id);
        OrganisationCountries.Add(country);
        return OutcomeInputError.None;
    }

    public OutcomeInputError AddPerson(PersonFact person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.Id.Length == 0)
            return OutcomeInputError.EmptyId;
        if (!_people.TryAdd(person.Id, People.Count))
            return OutcomeInputError.DuplicatePerson;
        People.Add(person);
        return OutcomeInputError.None;
    }

    public OutcomeInputError AddAction(string id, DateOnly date, IEnumerable<string> countries)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length == 0)
            return OutcomeInputError.EmptyId;
        if (!_actions.TryAdd(id, ActionDays.Count))
            return OutcomeInputError.DuplicateAction;
        ActionDays.Add(date.DayNumber);
        ActionCrossBorder.Add(countries.Distinct(StringComparer.Ordinal).Take(2).Count() >= 2);
        return OutcomeInputError.None;
    }

    /// <summary>The action of this id as stored, so a participation need not copy its id.</summary>
    public bool TryAction(ReadOnlySpan<char> id, out string action)
    {
        var found = _actions.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(id, out action!, out _);
        action ??= string.Empty;
        return found;
    }

    /// <summary>An event, after those already added (their order breaks ties of one date).</summary>
    public OutcomeInputError AddEvent(ReadOnlySpan<char> personId, ReadOnlySpan<char> organisationId, DateOnly date, FactValue value)
    {
        if (!_peopleBySpan.TryGetValue(personId, out var person))
            return OutcomeInputError.UnknownPerson;
        if (!_organisationsBySpan.TryGetValue(organisationId, out var organisation))
            return OutcomeInputError.UnknownOrganisation;
        var reference = 0;
        switch (value.Kind)
        {
            case FactKind.Participation:
                if (value.Text is null || !_actions.TryGetValue(value.Text, out reference))
                    return OutcomeInputError.UnknownAction;
                break;
            case FactKind.LanguageLevel:
                var language = value.Text ?? string.Empty;
                if (!_languages.TryGetValue(language, out reference))
                {
                    reference = _languages.Count;
                    _languages.Add(language, reference);
                }

                if (value.Code is < 0 or > 6)
                    return OutcomeInputError.OutOfRange;
                break;
            case FactKind.Rating when value.Score is < 1 or > 5:
            case FactKind.Satisfaction when value.Code is < 1 or > 5:
                return OutcomeInputError.OutOfRange;
        }

        Events.Add(new StoredEvent(person, organisation, date.DayNumber, value.Kind, value.Code, value.Score, reference));
        return OutcomeInputError.None;
    }

    /// <summary>A target for an indicator the engine computes (its total row shows target and progress).</summary>
    public OutcomeInputError SetTarget(string code, decimal target)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!IndicatorEngine.Codes.Contains(code))
            return OutcomeInputError.UnknownCode;
        if (target <= 0)
            return OutcomeInputError.TargetNotPositive;
        return _targets.TryAdd(code, target) ? OutcomeInputError.None : OutcomeInputError.DuplicateTarget;
    }
}

using Ponte.Domain.Screening;

namespace Ponte.Domain.Outcomes;

/// <summary>
/// One figure: <see cref="By"/> and <see cref="Key"/> are null for the total. Counts are whole
/// numbers; SATISFACTION and INTEGRATION_RATE are rounded (2 and 4 decimals) and null when there is
/// nothing to average. <see cref="Target"/> and <see cref="Progress"/> only on a total row with a target.
/// </summary>
public sealed record IndicatorRow(string Code, string? By, string? Key, decimal? Cumulative, decimal? Period, decimal? Target = null, decimal? Progress = null)
{
    public bool HasTarget => Target is not null;
}

/// <summary>A person an indicator counted: the fact that made her count (its kind and date), and whether it falls in the period.</summary>
public sealed record CountedPerson(string PersonId, DateOnly Date, FactKind Kind, bool InPeriod);

public sealed record IndicatorReport(DateOnly From, DateOnly To, IReadOnlyList<IndicatorRow> Rows);

/// <summary>
/// The funder's indicators computed exactly from <see cref="OutcomeFacts"/>: the ESF+ common
/// output and result indicators (EECO, EECR; Regulation (EU) 2021/1057, Annex I), the people who
/// left, the women with increased competitiveness on the labour market, the mentors, the
/// participations in cross-border joint actions (RCO81), satisfaction and the integration rate.
/// Dates are inclusive; anything dated after the period's end has not happened yet.
/// "In order" is by date, then by the order the events were given.
/// </summary>
public static class IndicatorEngine
{
    public const string Left = "LEFT";
    public const string Competitiveness = "COMPETITIVENESS";
    public const string Mentors = "MENTORS";
    public const string CrossBorder = "RCO81";
    public const string Satisfaction = "SATISFACTION";
    public const string IntegrationRate = "INTEGRATION_RATE";

    /// <summary>The screening indicators whose ratings are evidence of competitiveness; no figure reads the others.</summary>
    public static IReadOnlyList<Indicator> CountedRatings { get; } = [Indicator.HardSkills, Indicator.SoftSkills, Indicator.LabourMarketUnderstanding];

    private static readonly string[] EntryCodes =
        ["EECO01", "EECO02", "EECO03", "EECO04", "EECO05", "EECO06", "EECO07", "EECO08", "EECO09", "EECO10", "EECO11", "EECO12", "EECO13", "EECO14", "EECO16"];

    private static readonly string[] ResultCodes = ["EECR01", "EECR02", "EECR03", "EECR04", "EECR05"];

    /// <summary>Every code the engine produces, in the order of its rows.</summary>
    public static IReadOnlyList<string> Codes { get; } =
        [.. EntryCodes, .. ResultCodes, Left, Competitiveness, Mentors, CrossBorder, Satisfaction, IntegrationRate];

    public static readonly IReadOnlyList<string> SexKeys = ["woman", "man", "nonbinary", "unknown"];

    public static readonly IReadOnlyList<string> AgeKeys = ["under18", "18-29", "30-54", "55+", "unknown"];

    /// <summary>Days after leaving within which her situation "upon leaving" and a qualification count.</summary>
    public const int UponLeavingDays = 28;

    /// <summary>The window, in days after leaving, of the situation "six months after leaving".</summary>
    public const int SixMonthsFrom = 152;

    public const int SixMonthsTo = 213;

    public static IndicatorReport Compute(OutcomeFacts facts, DateOnly from, DateOnly to) => Compute(facts, from, to, null);

    /// <summary>
    /// The same report, and each person it counted for <paramref name="code"/> with the fact that
    /// made her count (her entry, her leaving, the situation, the qualification, the first evidence).
    /// </summary>
    public static (IndicatorReport Report, IReadOnlyList<CountedPerson> Counted) Explain(OutcomeFacts facts, DateOnly from, DateOnly to, string code)
    {
        var counted = new List<CountedPerson>();
        var report = Compute(facts, from, to, (c, person) => { if (c == code) counted.Add(person); });
        return (report, counted);
    }

    private static IndicatorReport Compute(OutcomeFacts facts, DateOnly from, DateOnly to, Action<string, CountedPerson>? explain)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (from > to)
            throw new ArgumentException("The period starts after it ends.", nameof(from));
        var tally = new Tally(facts, from.DayNumber, to.DayNumber, explain);
        tally.Run();
        return new IndicatorReport(from, to, tally.Rows());
    }

    /// <summary>Age in full years on a day; someone born on 29 February has her birthday on 1 March in other years.</summary>
    public static int AgeOn(DateOnly birth, DateOnly day)
    {
        var age = day.Year - birth.Year;
        var birthday = birth.Month == 2 && birth.Day == 29 && !DateTime.IsLeapYear(day.Year)
            ? new DateOnly(day.Year, 3, 1)
            : new DateOnly(day.Year, birth.Month, birth.Day);
        return day < birthday ? age - 1 : age;
    }

    /// <summary>The age band at entry: 0 under 18, 1 18–29, 2 30–54, 3 55 and over, 4 unknown.</summary>
    public static int AgeBand(DateOnly? birth, DateOnly entry) => birth is not { } b ? 4 : AgeOn(b, entry) switch
    {
        < 18 => 0,
        < 30 => 1,
        < 55 => 2,
        _ => 3,
    };

    internal static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>Cumulative and period counts of one code, in total and by each breakdown it has.</summary>
    private sealed class Counts(int organisations, int countries)
    {
        public readonly int[] Total = new int[2];
        public readonly int[,] Sex = new int[4, 2];
        public readonly int[,] Age = new int[5, 2];
        public readonly int[,] Organisation = new int[organisations, 2];
        public readonly int[,] Country = new int[countries, 2];

        public void Add(bool inPeriod, int sex, int age, int organisation, int country)
        {
            Add(0, sex, age, organisation, country);
            if (inPeriod)
                Add(1, sex, age, organisation, country);
        }

        private void Add(int column, int sex, int age, int organisation, int country)
        {
            Total[column]++;
            Sex[sex, column]++;
            Age[age, column]++;
            Organisation[organisation, column]++;
            Country[country, column]++;
        }
    }

    private sealed class Tally
    {
        private static readonly Indicator[] CompetitivenessIndicators = [.. CountedRatings];

        private readonly OutcomeFacts _facts;
        private readonly int _from;
        private readonly int _to;
        private readonly int[] _countryOf;
        private readonly List<string> _countries = [];
        private readonly Dictionary<string, Counts> _counts = new(StringComparer.Ordinal);
        private readonly decimal[] _satisfactionSum = new decimal[4]; // [role * 2 + column]
        private readonly int[] _satisfactionPeople = new int[4];
        private readonly int[] _integrated = new int[2];
        private readonly int[] _crossBorder = new int[2];

        private readonly Action<string, CountedPerson>? _explain;
        private string _person = string.Empty;

        public Tally(OutcomeFacts facts, int from, int to, Action<string, CountedPerson>? explain)
        {
            _explain = explain;
            _facts = facts;
            _from = from;
            _to = to;
            var countryIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            _countryOf = new int[facts.OrganisationIds.Count];
            for (var o = 0; o < _countryOf.Length; o++)
            {
                var country = facts.OrganisationCountries[o];
                if (!countryIndex.TryGetValue(country, out var c))
                {
                    c = _countries.Count;
                    countryIndex.Add(country, c);
                    _countries.Add(country);
                }

                _countryOf[o] = c;
            }

            foreach (var code in Codes)
                _counts[code] = new Counts(_countryOf.Length, _countries.Count);
        }

        private bool InPeriod(int day) => day >= _from && day <= _to;

        public void Run()
        {
            // Each person's events in order: grouped by person (keeping the given order), then by date.
            var events = _facts.Events;
            var starts = new int[_facts.People.Count + 1];
            foreach (var e in events)
            {
                if (e.Day <= _to)
                    starts[e.Person + 1]++;
            }

            for (var p = 0; p < _facts.People.Count; p++)
                starts[p + 1] += starts[p];
            var ordered = new StoredEvent[starts[^1]];
            var next = (int[])starts.Clone();
            foreach (var e in events)
            {
                if (e.Day <= _to)
                    ordered[next[e.Person]++] = e;
            }

            for (var p = 0; p < _facts.People.Count; p++)
            {
                var mine = ordered.AsSpan(starts[p], starts[p + 1] - starts[p]);
                SortByDay(mine);
                Person(_facts.People[p], mine);
            }
        }

        /// <summary>A stable insertion sort by date: a person's events are few and mostly in order already.</summary>
        private static void SortByDay(Span<StoredEvent> events)
        {
            for (var i = 1; i < events.Length; i++)
            {
                var e = events[i];
                var j = i - 1;
                while (j >= 0 && events[j].Day > e.Day)
                {
                    events[j + 1] = events[j];
                    j--;
                }

                events[j + 1] = e;
            }
        }

        /// <summary>Counts her for a code, by the fact dated <paramref name="day"/> of kind <paramref name="kind"/>.</summary>
        private void Count(string code, bool inPeriod, int day, FactKind kind, int sex, int age, int organisation, int country)
        {
            _counts[code].Add(inPeriod, sex, age, organisation, country);
            _explain?.Invoke(code, new CountedPerson(_person, DateOnly.FromDayNumber(day), kind, inPeriod));
        }

        private void Person(PersonFact person, ReadOnlySpan<StoredEvent> events)
        {
            _person = person.Id;
            SatisfactionOf(person, events);
            CrossBorderOf(events);
            var first = -1;
            var lastEntered = -1;
            var lastLeft = -1;
            for (var k = 0; k < events.Length; k++)
            {
                if (events[k].Kind == FactKind.Entered)
                {
                    if (first < 0)
                        first = k;
                    lastEntered = k;
                }
                else if (events[k].Kind == FactKind.Left)
                {
                    lastLeft = k;
                }
            }

            if (first < 0)
                return;
            var entry = events[first];
            var organisation = entry.Organisation;
            var country = _countryOf[organisation];
            var sex = (int)person.Sex;
            if (person.Role == FactRole.Mentor)
            {
                Count(Mentors, InPeriod(entry.Day), entry.Day, FactKind.Entered, sex, 4, organisation, country);
                return;
            }

            var age = AgeBand(person.BirthDate, DateOnly.FromDayNumber(entry.Day));
            var entered = InPeriod(entry.Day);
            foreach (var code in EntryCodesOf(person, age))
                Count(code, entered, entry.Day, FactKind.Entered, sex, age, organisation, country);

            if (lastLeft >= 0 && events[lastLeft].Day >= events[lastEntered].Day)
                LeftOf(events, events[lastLeft].Day, entry.Day, sex, age, organisation, country);

            if (FirstEvidence(person, events, entry.Day) is { } evidence)
                Count(Competitiveness, InPeriod(evidence.Day), evidence.Day, evidence.Kind, sex, age, organisation, country);
        }

        private static IEnumerable<string> EntryCodesOf(PersonFact person, int age)
        {
            yield return "EECO01";
            if (person.LabourStatus is EntryLabourStatus.Unemployed or EntryLabourStatus.LongTermUnemployed)
                yield return "EECO02";
            if (person.LabourStatus == EntryLabourStatus.LongTermUnemployed)
                yield return "EECO03";
            if (person.LabourStatus == EntryLabourStatus.Inactive)
                yield return "EECO04";
            if (person.LabourStatus is EntryLabourStatus.Employed or EntryLabourStatus.SelfEmployed)
                yield return "EECO05";
            if (age == 0)
                yield return "EECO06";
            if (age == 1)
                yield return "EECO07";
            if (age == 3)
                yield return "EECO08";
            switch (person.Education)
            {
                case <= 2:
                    yield return "EECO09";
                    break;
                case <= 4:
                    yield return "EECO10";
                    break;
                case <= 8:
                    yield return "EECO11";
                    break;
            }

            if (person.Disability == DisabilityAnswer.Yes)
                yield return "EECO12";
            if (person.ThirdCountryNational == YesNoUnknown.Yes)
                yield return "EECO13";
            if (person.ForeignBackground == YesNoUnknown.Yes)
                yield return "EECO14";
            if (person.Homeless == YesNoUnknown.Yes)
                yield return "EECO16";
        }

        private void LeftOf(ReadOnlySpan<StoredEvent> events, int leftDay, int entryDay, int sex, int age, int organisation, int country)
        {
            FactStatus? upon = null;
            var uponDay = 0;
            FactStatus? later = null;
            var laterDay = 0;
            int? qualified = null;
            foreach (var e in events)
            {
                if (e.Kind == FactKind.Status)
                {
                    if (e.Day >= leftDay && e.Day <= leftDay + UponLeavingDays)
                        (upon, uponDay) = ((FactStatus)e.Code, e.Day);
                    if (e.Day >= leftDay + SixMonthsFrom && e.Day <= leftDay + SixMonthsTo)
                        (later, laterDay) = ((FactStatus)e.Code, e.Day);
                }
                else if (e.Kind == FactKind.Qualification && e.Day >= entryDay && e.Day <= leftDay + UponLeavingDays)
                {
                    qualified ??= e.Day;
                }
            }

            var inPeriod = InPeriod(leftDay);
            Count(Left, inPeriod, leftDay, FactKind.Left, sex, age, organisation, country);
            if (upon == FactStatus.JobSearching)
                Count("EECR01", inPeriod, uponDay, FactKind.Status, sex, age, organisation, country);
            if (upon is FactStatus.InEducation or FactStatus.InTraining)
                Count("EECR02", inPeriod, uponDay, FactKind.Status, sex, age, organisation, country);
            if (qualified is { } qualifiedDay)
                Count("EECR03", inPeriod, qualifiedDay, FactKind.Qualification, sex, age, organisation, country);
            if (upon is FactStatus.Employed or FactStatus.SelfEmployed)
                Count("EECR04", inPeriod, uponDay, FactKind.Status, sex, age, organisation, country);
            if (later is FactStatus.Employed or FactStatus.SelfEmployed)
                Count("EECR05", InPeriod(laterDay), laterDay, FactKind.Status, sex, age, organisation, country);
            if (upon is FactStatus.Employed or FactStatus.SelfEmployed or FactStatus.InEducation or FactStatus.InTraining)
            {
                _integrated[0]++;
                if (inPeriod)
                    _integrated[1]++;
            }
        }

        /// <summary>The date of her first evidence of increased competitiveness on or after her first entry, if any.</summary>
        private static (int Day, FactKind Kind)? FirstEvidence(PersonFact person, ReadOnlySpan<StoredEvent> events, int entryDay)
        {
            var wasWorking = person.LabourStatus is EntryLabourStatus.Employed or EntryLabourStatus.SelfEmployed;
            Dictionary<int, int>? languageBaselines = null;
            Span<int> ratingBaselines = [0, 0, 0];
            foreach (var e in events)
            {
                bool evidence;
                switch (e.Kind)
                {
                    case FactKind.TrainingCompleted or FactKind.Qualification or FactKind.JobInterview or FactKind.JobOffer:
                        evidence = true;
                        break;
                    case FactKind.Status:
                        var status = (FactStatus)e.Code;
                        evidence = status is FactStatus.InEducation or FactStatus.InTraining
                            || (!wasWorking && status is FactStatus.Employed or FactStatus.SelfEmployed);
                        break;
                    case FactKind.LanguageLevel:
                        languageBaselines ??= [];
                        if (!languageBaselines.TryGetValue(e.Ref, out var baseline))
                        {
                            languageBaselines.Add(e.Ref, e.Code);
                            continue; // the baseline never counts itself
                        }

                        evidence = e.Code > baseline;
                        break;
                    case FactKind.Rating:
                        var slot = Array.IndexOf(CompetitivenessIndicators, (Indicator)e.Code);
                        if (slot < 0)
                            continue;
                        if (ratingBaselines[slot] == 0)
                        {
                            ratingBaselines[slot] = e.Score;
                            continue;
                        }

                        evidence = e.Score >= ratingBaselines[slot] + 1;
                        break;
                    default:
                        continue;
                }

                if (evidence && e.Day >= entryDay)
                    return (e.Day, e.Kind);
            }

            return null;
        }

        private void SatisfactionOf(PersonFact person, ReadOnlySpan<StoredEvent> events)
        {
            int? last = null, lastInPeriod = null;
            foreach (var e in events)
            {
                if (e.Kind != FactKind.Satisfaction)
                    continue;
                last = e.Code;
                if (InPeriod(e.Day))
                    lastInPeriod = e.Code;
            }

            var role = (int)person.Role * 2;
            if (last is { } l)
            {
                _satisfactionSum[role] += l;
                _satisfactionPeople[role]++;
            }

            if (lastInPeriod is { } p)
            {
                _satisfactionSum[role + 1] += p;
                _satisfactionPeople[role + 1]++;
            }
        }

        private void CrossBorderOf(ReadOnlySpan<StoredEvent> events)
        {
            HashSet<int>? seen = null;
            foreach (var e in events)
            {
                if (e.Kind != FactKind.Participation || !_facts.ActionCrossBorder[e.Ref] || _facts.ActionDays[e.Ref] > _to)
                    continue;
                seen ??= [];
                if (!seen.Add(e.Ref))
                    continue;
                _crossBorder[0]++;
                if (InPeriod(_facts.ActionDays[e.Ref]))
                    _crossBorder[1]++;
            }
        }

        public List<IndicatorRow> Rows()
        {
            var rows = new List<IndicatorRow>();
            foreach (var code in EntryCodes)
                CountRows(rows, code, byAge: code == "EECO01", byPlace: code == "EECO01");
            foreach (var code in ResultCodes)
                CountRows(rows, code, byAge: false, byPlace: false);
            CountRows(rows, Left, byAge: false, byPlace: false);
            CountRows(rows, Competitiveness, byAge: true, byPlace: true);

            var mentors = _counts[Mentors];
            rows.Add(Total(Mentors, mentors.Total[0], mentors.Total[1]));
            for (var o = 0; o < _facts.OrganisationIds.Count; o++)
                rows.Add(new IndicatorRow(Mentors, "organisation", _facts.OrganisationIds[o], mentors.Organisation[o, 0], mentors.Organisation[o, 1]));

            rows.Add(Total(CrossBorder, _crossBorder[0], _crossBorder[1]));
            foreach (var role in new[] { FactRole.Mentee, FactRole.Mentor })
            {
                var r = (int)role * 2;
                rows.Add(new IndicatorRow(Satisfaction, "role", OutcomeWords.Word(role), Mean(r), Mean(r + 1)));
            }

            var left = _counts[Left].Total;
            rows.Add(Total(IntegrationRate, Share(_integrated[0], left[0]), Share(_integrated[1], left[1])));
            return rows;
        }

        private decimal? Mean(int slot) => _satisfactionPeople[slot] == 0 ? null : Round(_satisfactionSum[slot] / _satisfactionPeople[slot], 2);

        private static decimal? Share(int part, int whole) => whole == 0 ? null : Round((decimal)part / whole, 4);

        private void CountRows(List<IndicatorRow> rows, string code, bool byAge, bool byPlace)
        {
            var c = _counts[code];
            rows.Add(Total(code, c.Total[0], c.Total[1]));
            for (var s = 0; s < SexKeys.Count; s++)
                rows.Add(new IndicatorRow(code, "sex", SexKeys[s], c.Sex[s, 0], c.Sex[s, 1]));
            if (byAge)
            {
                for (var a = 0; a < AgeKeys.Count; a++)
                    rows.Add(new IndicatorRow(code, "age", AgeKeys[a], c.Age[a, 0], c.Age[a, 1]));
            }

            if (byPlace)
            {
                for (var o = 0; o < _facts.OrganisationIds.Count; o++)
                    rows.Add(new IndicatorRow(code, "organisation", _facts.OrganisationIds[o], c.Organisation[o, 0], c.Organisation[o, 1]));
                for (var k = 0; k < _countries.Count; k++)
                    rows.Add(new IndicatorRow(code, "country", _countries[k], c.Country[k, 0], c.Country[k, 1]));
            }
        }

        private IndicatorRow Total(string code, decimal? cumulative, decimal? period)
        {
            if (!_facts.Targets.TryGetValue(code, out var target))
                return new IndicatorRow(code, null, null, cumulative, period);
            return new IndicatorRow(code, null, null, cumulative, period, target, cumulative is { } value ? Round(value / target, 4) : null);
        }
    }
}

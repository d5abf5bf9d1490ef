using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Common;
using Ponte.Domain.Events;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Organisations;
using Ponte.Domain.Outcomes;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Screening;

namespace Ponte.Data.Outcomes;

/// <summary>One screening rating: whose, when, on which indicator, what score.</summary>
public readonly record struct RatingRow(Guid ParticipantId, DateTimeOffset TakenAt, Indicator Indicator, int Score);

/// <summary>Whose facts: the network, one organisation or one programme.</summary>
public sealed record ReportSelection(ReportScope Scope, Guid? OrganisationId = null, Guid? ProgrammeId = null)
{
    public static readonly ReportSelection Network = new(ReportScope.Network);

    public static ReportSelection Organisation(Guid id) => new(ReportScope.Organisation, id);

    public static ReportSelection Programme(Guid organisationId, Guid programmeId) => new(ReportScope.Programme, organisationId, programmeId);
}

/// <summary>
/// Turns the site's records into the indicator engine's facts (ADR 0023): the participants and
/// their facts at entry, their entries and leavings, the situation on leaving and the follow-ups'
/// answers after it, screenings, steps to
/// employment, network events attended and final forms. People are named by a pseudonym; no name,
/// contact or free text is read into the tables. The caller says who acts: a manager sees her own
/// organisation, the network report runs for the network.
/// </summary>
public static class OutcomeRecords
{
    /// <summary>The name of the site secret that keys the pseudonyms.</summary>
    public const string PseudonymSecret = "report-pseudonyms";

    private const string MentoringCompleted = "MentoringCompleted";
    private const string Withdrawn = "Withdrawn";
    private const string BackToWaitingList = "BackToWaitingList";

    /// <param name="everyRating">
    /// Every screening rating (for an export); otherwise only those of the indicators that count
    /// (<see cref="IndicatorEngine.CountedRatings"/>), which give the same figures from fewer facts.
    /// </param>
    public static async Task<FactTables> LoadAsync(AppDbContext db, ReportSelection selection, DeliveryPeriod? targetsFor, DateTimeOffset now, CancellationToken ct = default, bool everyRating = true)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(selection);
        var key = await SiteSecret.GetOrCreateAsync(db, PseudonymSecret, now, ct);

        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => selection.Scope == ReportScope.Network || o.Id == selection.OrganisationId)
            .OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.CountryCode, o.TimeZone })
            .ToListAsync(ct);
        var zones = organisations.ToDictionary(o => o.Id, o => new LocalDays(Zone(o.TimeZone)));
        var countries = organisations.ToDictionary(o => o.Id, o => o.CountryCode);

        var participantQuery = db.Participants.AsNoTracking().Where(p => zones.Keys.Contains(p.OrganisationId));
        if (selection.ProgrammeId is { } programmeId)
            participantQuery = participantQuery.Where(p => p.ProgrammeId == programmeId);
        var participants = await participantQuery
            .Select(p => new ParticipantRecord(
                p.Id,
                p.OrganisationId,
                p.ProgrammeId,
                p.Role,
                p.Profile.Email,
                p.Profile.Gender,
                p.Facts,
                p.CreatedAt,
                new List<Move>()))
            .ToListAsync(ct);

        // Her leavings and re-entries, one flat row each (in timeline order within her record).
        var leavings = await participantQuery
            .SelectMany(
                p => EF.Property<List<StatusChange>>(p, "_timeline")
                    .Where(h => h.Event == MentoringCompleted || h.Event == Withdrawn || (h.Event == BackToWaitingList && h.FromStatus == nameof(ParticipantStatus.Completed))),
                (p, h) => new { p.Id, h.At, h.Event })
            .ToListAsync(ct);
        var moving = participants.ToDictionary(p => p.Id);
        foreach (var m in leavings)
            moving[m.Id].Moves.Add(new Move(m.At, m.Event));
        var ids = participants.Select(p => p.Id).ToHashSet();

        var closed = await db.MentoringProcesses.AsNoTracking()
            .Where(p => zones.Keys.Contains(p.OrganisationId) && p.Closure != null)
            .Select(p => new ClosedProcess(
                p.Closure!.ClosedAt,
                p.Closure.Outcome,
                EF.Property<List<ProcessMember>>(p, "_members").Select(m => m.ParticipantId).ToList(),
                EF.Property<List<LeavingSituation>>(p, "_leavingSituations").ToList()))
            .AsSplitQuery()
            .ToListAsync(ct);

        var ratings = await RatingsAsync(db, zones.Keys, everyRating ? null : IndicatorEngine.CountedRatings, ct);

        var plans = await db.SupportPlans.AsNoTracking()
            .Where(s => zones.Keys.Contains(s.OrganisationId))
            .Select(s => new
            {
                s.MenteeId,
                Steps = EF.Property<List<JobApplication>>(s, "_jobApplications")
                    .SelectMany(j => EF.Property<List<EmploymentStepRecord>>(j, "_steps"))
                    .Where(x => x.ReplacedAt == null
                        && ((x.Step == EmploymentStep.Interview && x.Outcome != StepOutcome.Withdrawn)
                            || (x.Step == EmploymentStep.DecisionAndOffer && x.Outcome == StepOutcome.Offer)))
                    .Select(x => new { x.Step, x.On, x.RecordedAt })
                    .ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        var steps = plans.SelectMany(p => p.Steps.Select(x => new { p.MenteeId, x.Step, x.On, x.RecordedAt })).ToList();

        var followUps = await db.FollowUps.AsNoTracking()
            .Where(f => zones.Keys.Contains(f.OrganisationId) && f.State == FollowUpState.Answered && f.Situation != null)
            .Select(f => new { f.ParticipantId, f.AnsweredAt, f.Situation, f.Qualification, f.LanguageLevel })
            .ToListAsync(ct);

        var evaluations = await db.IndividualEvaluations.AsNoTracking()
            .Where(e => zones.Keys.Contains(e.OrganisationId))
            .Select(e => new { e.ParticipantId, e.Satisfaction, e.SubmittedAt })
            .ToListAsync(ct);

        var attended = await db.NetworkEventRegistrations.AsNoTracking()
            .Where(r => zones.Keys.Contains(r.OrganisationId) && r.Attended == true)
            .Select(r => new { r.ParticipantId, r.NetworkEventId })
            .ToListAsync(ct);
        var eventIds = attended.Select(a => a.NetworkEventId).Distinct().ToList();
        List<EventRecord> networkEvents;

        // A network event is read for its date (in the time zone of the organisation that joined it
        // first) and the countries of the organisations taking part; other organisations stay unnamed.
        using (db.Acting.ForNetwork())
        {
            networkEvents = await db.NetworkEvents.AsNoTracking()
                .Where(e => eventIds.Contains(e.Id))
                .Select(e => new EventRecord(
                    e.Id,
                    e.StartsAt,
                    EF.Property<List<NetworkEventOrganisation>>(e, "_organisations").OrderBy(o => o.AddedAt)
                        .Select(o => db.Organisations.Where(x => x.Id == o.OrganisationId).Select(x => x.TimeZone).FirstOrDefault()).FirstOrDefault(),
                    EF.Property<List<NetworkEventOrganisation>>(e, "_organisations").Select(o => o.CountryCode).ToList()))
                .AsSplitQuery()
                .ToListAsync(ct);
        }

        var targets = targetsFor is { } period
            ? await db.IndicatorTargets.AsNoTracking()
                .Where(t => t.Scope == selection.Scope && t.OrganisationId == selection.OrganisationId && t.ProgrammeId == selection.ProgrammeId
                    && t.PeriodFrom == period.From && t.PeriodTo == period.To)
                .Select(t => new TargetRow(t.Code, t.Target))
                .ToListAsync(ct)
            : [];

        // People: one per role and email, whatever organisations she is in; her facts from her first record.
        var groups = participants.GroupBy(p => (p.Role, Email: Normalise(p.Email))).OrderBy(g => g.Min(p => p.CreatedAt)).ToList();
        var pseudonyms = new string[groups.Count];
        Parallel.For(0, groups.Count, () => new HMACSHA256(key), (k, _, hmac) =>
        {
            pseudonyms[k] = Pseudonym(hmac, groups[k].Key.Role, groups[k].Key.Email);
            return hmac;
        }, hmac => hmac.Dispose());
        var byRecord = new Dictionary<Guid, string>(participants.Count);
        var people = new List<PersonFact>(groups.Count);
        for (var k = 0; k < groups.Count; k++)
        {
            var person = groups[k];
            var pseudonym = pseudonyms[k];
            foreach (var record in person)
                byRecord[record.Id] = pseudonym;
            var first = person.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).ToList();
            var source = first.Find(p => p.Facts.WasAsked) ?? first[0];
            people.Add(Fact(pseudonym, person.Key.Role, first[0].Gender, source.Facts));
        }

        var lines = new List<(DateOnly Date, DateTimeOffset At, int Seq, EventRow Row)>();
        var seq = 0;
        var organisationIds = zones.Keys.ToDictionary(id => id, id => id.ToString());
        void Add(ParticipantRecord p, DateTimeOffset at, FactValue value, string word, DateOnly? date = null)
        {
            var day = date ?? Local(at, zones[p.OrganisationId]);
            lines.Add((day, at, seq++, new EventRow(byRecord[p.Id], organisationIds[p.OrganisationId], day, value, word)));
        }

        var records = participants.ToDictionary(p => p.Id);
        var closedBy = closed.SelectMany(c => c.Members.Select(m => (Member: m, Process: c))).ToLookup(x => x.Member, x => x.Process);
        foreach (var p in participants.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id))
        {
            var programme = p.ProgrammeId.ToString();
            var zone = zones[p.OrganisationId];
            var entryDay = Local(p.CreatedAt, zone);
            Add(p, p.CreatedAt, FactValue.Entered(), programme);
            if (p.Facts.HostLanguageLevel is { } level && HostLanguages.For(countries[p.OrganisationId]) is { } language)
                Add(p, p.CreatedAt, FactValue.LanguageLevel(language, (int)level), $"{language}:{OutcomeWords.Levels[(int)level]}", entryDay);

            // Leavings and re-entries; a leaving undone the same day (a renewal) is no leaving.
            var moves = new List<(DateTimeOffset At, bool Left, LeftHow How)>();
            foreach (var move in p.Moves.OrderBy(m => m.At))
            {
                if (move.Event == BackToWaitingList)
                {
                    if (moves.Count > 0 && moves[^1].Left && Local(moves[^1].At, zone) == Local(move.At, zone))
                        moves.RemoveAt(moves.Count - 1);
                    else
                        moves.Add((move.At, false, default));
                }
                else
                {
                    moves.Add((move.At, true, move.Event == Withdrawn ? LeftHow.Withdrawn : HowClosed(closedBy[p.Id], move.At)));
                }
            }

            foreach (var (at, left, how) in moves)
            {
                if (left)
                    Add(p, at, FactValue.Left(how), OutcomeWords.Word(how));
                else
                    Add(p, at, FactValue.Entered(), programme);
            }

            foreach (var situation in closedBy[p.Id].SelectMany(c => c.Leaving).Where(s => s.MenteeId == p.Id && s.RecordedAt != default))
            {
                var status = (FactStatus)(int)situation.Situation;
                Add(p, situation.RecordedAt, FactValue.Status(status), OutcomeWords.Word(status));
                if (situation.QualificationGained)
                    Add(p, situation.RecordedAt, FactValue.Evidence(FactKind.Qualification), "gained");
                foreach (var _ in situation.Trainings)
                    Add(p, situation.RecordedAt, FactValue.Evidence(FactKind.TrainingCompleted), "completed");
                if (HostLanguages.For(countries[p.OrganisationId]) is { } hostLanguage)
                    Add(p, situation.RecordedAt, FactValue.LanguageLevel(hostLanguage, (int)situation.LanguageLevel), $"{hostLanguage}:{OutcomeWords.Levels[(int)situation.LanguageLevel]}");
            }
        }

        var ratingWords = new Dictionary<(Indicator, int), string>();
        foreach (var r in ratings)
        {
            if (!records.TryGetValue(r.ParticipantId, out var rated))
                continue;
            if (!ratingWords.TryGetValue((r.Indicator, r.Score), out var word))
                ratingWords[(r.Indicator, r.Score)] = word = $"{r.Indicator}:{r.Score}";
            Add(rated, r.TakenAt, FactValue.Rating(r.Indicator, r.Score), word);
        }

        foreach (var s in steps.Where(s => records.ContainsKey(s.MenteeId)))
        {
            var kind = s.Step == EmploymentStep.Interview ? FactKind.JobInterview : FactKind.JobOffer;
            Add(records[s.MenteeId], s.RecordedAt, FactValue.Evidence(kind), string.Empty, s.On);
        }

        // A follow-up's answer is her situation on the day she gave it (EECR05 counts one given
        // 152 to 213 days after leaving), with a qualification and her language level if she said.
        foreach (var f in followUps.Where(f => records.ContainsKey(f.ParticipantId) && f.AnsweredAt is not null))
        {
            var p = records[f.ParticipantId];
            var at = f.AnsweredAt!.Value;
            var status = (FactStatus)(int)f.Situation!.Value;
            Add(p, at, FactValue.Status(status), OutcomeWords.Word(status));
            if (!string.IsNullOrWhiteSpace(f.Qualification))
                Add(p, at, FactValue.Evidence(FactKind.Qualification), "gained");
            if (f.LanguageLevel is { } level && HostLanguages.For(countries[p.OrganisationId]) is { } hostLanguage)
                Add(p, at, FactValue.LanguageLevel(hostLanguage, (int)level), $"{hostLanguage}:{OutcomeWords.Levels[(int)level]}");
        }

        foreach (var e in evaluations.Where(e => records.ContainsKey(e.ParticipantId)))
            Add(records[e.ParticipantId], e.SubmittedAt, FactValue.Satisfaction(e.Satisfaction), e.Satisfaction.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var actions = networkEvents
            .Select(e => new ActionRow(
                e.Id.ToString(),
                Local(e.StartsAt, Zone(e.TimeZone ?? string.Empty)),
                e.Countries.Where(c => !string.IsNullOrEmpty(c)).Select(c => c.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal).ToList()))
            .OrderBy(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        var actionsById = actions.ToDictionary(a => a.Id);
        var startsById = networkEvents.ToDictionary(e => e.Id.ToString(), e => e.StartsAt);
        foreach (var a in attended.Where(a => records.ContainsKey(a.ParticipantId) && actionsById.ContainsKey(a.NetworkEventId.ToString())))
        {
            var id = a.NetworkEventId.ToString();
            Add(records[a.ParticipantId], startsById[id], FactValue.Participation(id), id, actionsById[id].Date);
        }

        lines.Sort(static (a, b) =>
        {
            var c = a.Date.CompareTo(b.Date);
            if (c == 0)
                c = a.At.CompareTo(b.At);
            return c != 0 ? c : a.Seq.CompareTo(b.Seq);
        });
        var events = lines.ConvertAll(l => l.Row);
        var organisationRows = organisations.Select(o => new OrganisationRow(o.Id.ToString(), o.CountryCode.ToUpperInvariant())).ToList();
        return new FactTables(organisationRows, people, events, actions, targets.OrderBy(t => IndicatorEngineOrder(t.Code)).ToList())
        {
            RecordsOf = byRecord.GroupBy(r => r.Value).ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)g.Select(r => r.Key).ToList()),
        };
    }

    /// <summary>
    /// Every rating of the organisations' screenings, one flat row each, read straight from the
    /// database: a network's hundreds of thousands of ratings are the report's largest table, and
    /// building objects for them costs more than reading them. The organisation ids are the
    /// site's own (read above), written into the query as literals.
    /// </summary>
    public static async Task<List<RatingRow>> RatingsAsync(AppDbContext db, IEnumerable<Guid> organisations, IReadOnlyList<Indicator>? only, CancellationToken ct)
    {
        var ids = organisations.Select(Literal).ToList();
        if (ids.Count == 0)
            return [];
        var sql = "SELECT a.\"ParticipantId\", a.\"TakenAt\", r.\"Indicator\", r.\"Score\" FROM \"Assessments\" a "
            + "JOIN \"AssessmentRatings\" r ON r.\"AssessmentId\" = a.\"Id\" "
            + $"WHERE a.\"OrganisationId\" IN ({string.Join(", ", ids)})"
            + (only is null ? string.Empty : $" AND r.\"Indicator\" IN ({string.Join(", ", only.Select(i => ((int)i).ToString(System.Globalization.CultureInfo.InvariantCulture)))})");
        return await ReadAsync(db, sql, (reader, instant) => new RatingRow(reader.GetGuid(0), instant(1), (Indicator)reader.GetInt32(2), reader.GetInt32(3)), ct);
    }

    /// <summary>
    /// Reads the rows of a query the site wrote itself (no input of anyone's in it), one object per
    /// row; <c>instant(i)</c> reads column i as an instant whichever database it is (SQLite keeps UTC ticks).
    /// </summary>
    private static async Task<List<T>> ReadAsync<T>(AppDbContext db, string sql, Func<System.Data.Common.DbDataReader, Func<int, DateTimeOffset>, T> row, CancellationToken ct)
    {
        var rows = new List<T>();
        var sqlite = db.Database.IsSqlite();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync(ct);
            DateTimeOffset Instant(int i) => sqlite ? new DateTimeOffset(reader.GetInt64(i), TimeSpan.Zero) : reader.GetFieldValue<DateTimeOffset>(i);
            while (await reader.ReadAsync(ct))
                rows.Add(row(reader, Instant));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return rows;
    }

    /// <summary>
    /// The timeline lines of the given events of one role's participants in the organisations (and
    /// one programme, if given), one flat row each, read straight from the database. Ids and event
    /// names are the site's own, written into the query as literals.
    /// </summary>
    public static async Task<List<(Guid Participant, string Event, DateTimeOffset At)>> TimelineAsync(
        AppDbContext db, IEnumerable<Guid> organisations, ParticipantRole role, Guid? programmeId, IReadOnlyList<string> events, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(events);
        var ids = organisations.Select(Literal).ToList();
        if (ids.Count == 0 || events.Count == 0)
            return [];
        if (events.Any(e => !e.All(char.IsAsciiLetterOrDigit)))
            throw new ArgumentException("Event names are letters and digits.", nameof(events));
        var sql = "SELECT t.\"OwnerId\", t.\"Event\", t.\"At\" FROM \"ParticipantTimeline\" t "
            + "JOIN \"Participants\" p ON p.\"Id\" = t.\"OwnerId\" "
            + $"WHERE p.\"Role\" = {(int)role} AND p.\"OrganisationId\" IN ({string.Join(", ", ids)})"
            + (programmeId is { } programme ? $" AND p.\"ProgrammeId\" = {Literal(programme)}" : string.Empty)
            + $" AND t.\"Event\" IN ({string.Join(", ", events.Select(e => $"'{e}'"))})";
        return await ReadAsync(db, sql, (reader, instant) => (reader.GetGuid(0), reader.GetString(1), instant(2)), ct);
    }

    private static string Literal(Guid id) => $"'{id.ToString().ToUpperInvariant()}'";

    /// <summary>Her pseudonym: HMAC-SHA256 of role and email under the site's secret, 24 hex digits (96 bits).</summary>
    public static string Pseudonym(byte[] key, ParticipantRole role, string normalisedEmail)
    {
        using var hmac = new HMACSHA256(key);
        return Pseudonym(hmac, role, normalisedEmail);
    }

    private static string Pseudonym(HMACSHA256 hmac, ParticipantRole role, string normalisedEmail)
    {
        Span<byte> hash = stackalloc byte[32];
        hmac.TryComputeHash(Encoding.UTF8.GetBytes($"{(role == ParticipantRole.Mentor ? "mentor" : "mentee")}:{normalisedEmail}"), hash, out _);
        return Convert.ToHexStringLower(hash[..12]);
    }

    public static string Normalise(string email) => email.Trim().ToLowerInvariant();

    private static int IndicatorEngineOrder(string code) => IndicatorEngine.Codes.ToList().IndexOf(code);

    private static PersonFact Fact(string id, ParticipantRole role, Gender gender, EntryFacts f) => new(
        id,
        role == ParticipantRole.Mentor ? FactRole.Mentor : FactRole.Mentee,
        gender switch
        {
            Gender.Woman => FactSex.Woman,
            Gender.Man => FactSex.Man,
            Gender.NonBinary => FactSex.Nonbinary,
            _ => FactSex.Unknown,
        },
        f.BirthDate,
        f.Situation switch
        {
            SituationAtEntry.Employed => EntryLabourStatus.Employed,
            SituationAtEntry.SelfEmployed => EntryLabourStatus.SelfEmployed,
            SituationAtEntry.Unemployed => EntryLabourStatus.Unemployed,
            SituationAtEntry.LongTermUnemployed => EntryLabourStatus.LongTermUnemployed,
            SituationAtEntry.Inactive => EntryLabourStatus.Inactive,
            _ => EntryLabourStatus.Unknown,
        },
        f.Education is { } e ? (int)e : null,
        f.ThirdCountryNational switch { true => YesNoUnknown.Yes, false => YesNoUnknown.No, null => YesNoUnknown.Unknown },
        Answer(f.ForeignBackground),
        f.Disability switch
        {
            YesNo.Yes => DisabilityAnswer.Yes,
            YesNo.No => DisabilityAnswer.No,
            _ => f.IsDeclined(EntryQuestion.Disability) ? DisabilityAnswer.Declined : DisabilityAnswer.Unknown,
        },
        Answer(f.Homeless));

    private static YesNoUnknown Answer(YesNo? answer) => answer switch
    {
        YesNo.Yes => YesNoUnknown.Yes,
        YesNo.No => YesNoUnknown.No,
        _ => YesNoUnknown.Unknown,
    };

    /// <summary>How the process she left by <paramref name="at"/> ended: the latest closure at or before it.</summary>
    private static LeftHow HowClosed(IEnumerable<ClosedProcess> processes, DateTimeOffset at) =>
        processes.Where(c => c.ClosedAt <= at).OrderByDescending(c => c.ClosedAt).Select(c => (ClosingOutcome?)c.Outcome).FirstOrDefault() == ClosingOutcome.EndedEarly
            ? LeftHow.EndedEarly
            : LeftHow.Completed;

    /// <summary>An organisation's time zone by its stored id (UTC for one this machine does not know).</summary>
    public static TimeZoneInfo Zone(string id) =>
        TimeZones.Canonical(id) is { } known && TimeZoneInfo.TryFindSystemTimeZoneById(known, out var zone) ? zone : TimeZoneInfo.Utc;

    private static DateOnly Local(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    private static DateOnly Local(DateTimeOffset at, LocalDays days) => days.Of(at);

    /// <summary>
    /// Local dates in one time zone for a million instants: the zone's offset looked up once per
    /// quarter hour of UTC time (offsets change only on quarter-hour boundaries), not per instant.
    /// </summary>
    private sealed class LocalDays(TimeZoneInfo zone)
    {
        private const long Bucket = TimeSpan.TicksPerMinute * 15;
        private readonly Dictionary<long, TimeSpan> _offsets = [];

        public DateOnly Of(DateTimeOffset at)
        {
            var bucket = at.UtcTicks / Bucket;
            if (!_offsets.TryGetValue(bucket, out var offset))
                _offsets[bucket] = offset = zone.GetUtcOffset(new DateTime(bucket * Bucket, DateTimeKind.Utc));
            return DateOnly.FromDateTime(at.UtcDateTime + offset);
        }
    }

    private sealed record Move(DateTimeOffset At, string Event);



    private sealed record ParticipantRecord(Guid Id, Guid OrganisationId, Guid ProgrammeId, ParticipantRole Role, string Email, Gender Gender, EntryFacts Facts, DateTimeOffset CreatedAt, List<Move> Moves);

    private sealed record ClosedProcess(DateTimeOffset ClosedAt, ClosingOutcome Outcome, List<Guid> Members, List<LeavingSituation> Leaving);

    private sealed record EventRecord(Guid Id, DateTimeOffset StartsAt, string? TimeZone, List<string> Countries);
}

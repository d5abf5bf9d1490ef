using System.Text;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Xunit;
using static Ponte.Domain.Tests.Mentoring.MeetingWorld;
using static Ponte.Domain.Tests.Mentoring.MentoringWorld;

namespace Ponte.Domain.Tests.Mentoring;

/// <summary>
/// The .ics a meeting's participants receive, read back by a small RFC 5545 reader below: the raw
/// octets split into CRLF lines, each at most 75 octets and valid UTF-8 on its own, unfolded,
/// split into name, parameters and value, and TEXT values unescaped.
/// </summary>
public sealed class MeetingCalendarTests
{
    private static readonly CalendarPerson Organisation = new("programme@ponte.example.org", "Associação \"Ponte\", Lisboa");
    private static readonly CalendarPerson Samira = new("samira@example.org", "Samira Haddad");
    private static readonly CalendarPerson Helena = new("helena@example.org", "Helena Duarte");

    [Fact]
    public void A_scheduled_meeting_is_a_request_whose_every_field_reads_back()
    {
        var (process, mentor, _) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);

        var ics = MeetingCalendar.Invitation(meeting, "Mentoring meeting", "Bring your CV.\nAnd a pen.", Organisation, [Samira, Helena], Today);
        var calendar = Read(ics);

        Assert.Equal("REQUEST", calendar.Single("METHOD").Value);
        Assert.Equal("2.0", calendar.Single("VERSION").Value);
        Assert.Equal(MeetingCalendar.ProductId, calendar.Single("PRODID").Value);
        Assert.Equal(["VCALENDAR", "VEVENT"], calendar.All("BEGIN").Select(p => p.Value));
        var evt = calendar.Event;
        Assert.Equal(meeting.CalendarUid, evt.Single("UID").Text);
        Assert.Equal("0", evt.Single("SEQUENCE").Value);
        Assert.Equal("20261211T090000Z", evt.Single("DTSTAMP").Value);
        Assert.Equal("20261212T170000Z", evt.Single("DTSTART").Value);
        Assert.Equal("20261212T180000Z", evt.Single("DTEND").Value);
        Assert.Equal("Mentoring meeting", evt.Single("SUMMARY").Text);
        Assert.Equal(Office, evt.Single("LOCATION").Text);
        Assert.Equal("Bring your CV.\nAnd a pen.", evt.Single("DESCRIPTION").Text);
        Assert.Empty(evt.All("URL"));
        Assert.Equal("CONFIRMED", evt.Single("STATUS").Value);
        var organizer = evt.Single("ORGANIZER");
        Assert.Equal("mailto:programme@ponte.example.org", organizer.Value);
        Assert.Equal("Associação \"Ponte\", Lisboa", organizer.Parameters["CN"]);
        var attendees = evt.All("ATTENDEE");
        Assert.Equal(["mailto:samira@example.org", "mailto:helena@example.org"], attendees.Select(a => a.Value));
        Assert.Equal(["Samira Haddad", "Helena Duarte"], attendees.Select(a => a.Parameters["CN"]));
        Assert.All(attendees, a => Assert.Equal("REQ-PARTICIPANT", a.Parameters["ROLE"]));
    }

    [Fact]
    public void An_online_meeting_gives_its_link_as_location_and_url()
    {
        var (process, _, mentee) = ActivePair();
        var meeting = Meeting.Schedule(process, Tomorrow, 30, MeetingMode.Online, null, Link, ActorOf(mentee), Today);

        var evt = Read(MeetingCalendar.Invitation(meeting, "Online check", null, Organisation, [Helena], Today)).Event;

        Assert.Equal(Link, evt.Single("LOCATION").Text);
        Assert.Equal(Link, evt.Single("URL").Value);
        Assert.Empty(evt.All("DESCRIPTION"));
        Assert.Equal("20261212T093000Z", evt.Single("DTEND").Value);
    }

    [Fact]
    public void An_arabic_summary_longer_than_a_line_is_folded_between_characters_and_reads_back_whole()
    {
        var (process, mentor, _) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);
        const string summary = "لقاء الإرشاد مع سميرة وهيلينا: مراجعة السيرة الذاتية والتحضير لمقابلة العمل في المخبز";
        Assert.True(Encoding.UTF8.GetByteCount(summary) > 2 * MeetingCalendar.MaxLineOctets);

        var ics = MeetingCalendar.Invitation(meeting, summary, "Revisão do currículo — preparação da entrevista em Évora, às 17h 🙂🙂🙂🙂🙂🙂 até já", Organisation, [Samira], Today);

        var lines = Lines(ics);
        var first = lines.FindIndex(l => l.StartsWith("SUMMARY:", StringComparison.Ordinal));
        var continuations = lines.Skip(first + 1).TakeWhile(l => l.StartsWith(' ')).Count();
        Assert.True(continuations >= 2, $"the summary went over {continuations + 1} lines");
        var evt = Read(ics).Event;
        Assert.Equal(summary, evt.Single("SUMMARY").Text);
        Assert.Equal("Revisão do currículo — preparação da entrevista em Évora, às 17h 🙂🙂🙂🙂🙂🙂 até já", evt.Single("DESCRIPTION").Text);
    }

    [Fact]
    public void Characters_outside_the_basic_plane_are_never_split_by_a_fold()
    {
        var (process, mentor, _) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);
        var summary = string.Concat(Enumerable.Repeat("🙂", 40));

        // After "SUMMARY:" (8 octets) a line holds 16 emoji (64): counting UTF-16 halves instead would split the 17th.
        var ics = MeetingCalendar.Invitation(meeting, summary, null, Organisation, [Samira], Today);

        Assert.Equal(summary, Read(ics).Event.Single("SUMMARY").Text);
    }

    [Fact]
    public void A_place_with_commas_semicolons_backslashes_and_line_breaks_is_escaped_and_reads_back()
    {
        var (process, mentor, _) = ActivePair();
        const string place = "Casa do Bairro, sala 2; 1.º andar\\B\r\nRua da Prata 5\nLisboa";
        var meeting = Meeting.Schedule(process, Tomorrow, 60, MeetingMode.InPerson, place, null, ActorOf(mentor), Today);

        var ics = MeetingCalendar.Invitation(meeting, "Meeting; with, commas\\", null, Organisation, [Samira], Today);

        Assert.Contains(@"LOCATION:Casa do Bairro\, sala 2\; 1.º andar\\B\nRua da Prata 5\nLisboa", Unfold(Lines(ics)));
        var evt = Read(ics).Event;
        Assert.Equal("Casa do Bairro, sala 2; 1.º andar\\B\nRua da Prata 5\nLisboa", evt.Single("LOCATION").Text);
        Assert.Equal("Meeting; with, commas\\", evt.Single("SUMMARY").Text);
    }

    [Fact]
    public void Every_line_ends_in_CRLF_and_no_control_character_breaks_a_line()
    {
        var (process, mentor, _) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);

        var ics = MeetingCalendar.Invitation(meeting, "Summary\u0007 with a bell\rand a CR", "Line one\r\nline two\u0000", new CalendarPerson("programme@ponte.example.org", "Ponte\r\nATTENDEE:mailto:evil@example.org"), [Samira], Today);

        Assert.EndsWith("\r\n", ics, StringComparison.Ordinal);
        Assert.Equal(ics.Count(c => c == '\n'), ics.Split("\r\n").Length - 1);
        Assert.Equal(ics.Count(c => c == '\r'), ics.Split("\r\n").Length - 1);
        var evt = Read(ics).Event;
        Assert.Equal("Summary with a bell\nand a CR", evt.Single("SUMMARY").Text);
        Assert.Equal("Line one\nline two", evt.Single("DESCRIPTION").Text);
        Assert.Equal("Ponte\nATTENDEE:mailto:evil@example.org", evt.Single("ORGANIZER").Parameters["CN"]);
        Assert.Single(evt.All("ATTENDEE"));
    }

    [Fact]
    public void An_update_carries_the_same_uid_and_a_higher_sequence()
    {
        var (process, mentor, _) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);
        var first = Read(MeetingCalendar.Invitation(meeting, "Meeting", null, Organisation, [Samira], Today)).Event;

        meeting.Reschedule(process, Tomorrow.AddHours(10), 60, MeetingMode.InPerson, Office, null, ActorOf(mentor), Today.AddHours(1));
        var second = Read(MeetingCalendar.Invitation(meeting, "Meeting", null, Organisation, [Samira], Today.AddHours(1))).Event;

        Assert.Equal(first.Single("UID").Text, second.Single("UID").Text);
        Assert.Equal("0", first.Single("SEQUENCE").Value);
        Assert.Equal("1", second.Single("SEQUENCE").Value);
        Assert.Equal("20261212T190000Z", second.Single("DTSTART").Value);
        Assert.Equal("20261211T100000Z", second.Single("DTSTAMP").Value);
        Assert.Equal("text/calendar; method=REQUEST; charset=UTF-8", MeetingCalendar.ContentType(meeting));
    }

    [Fact]
    public void A_cancelled_meeting_says_cancel_with_the_next_sequence()
    {
        var (process, mentor, _) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);
        meeting.Reschedule(process, Tomorrow.AddHours(10), 60, MeetingMode.InPerson, Office, null, ActorOf(mentor), Today);
        meeting.Cancel("Illness", ActorOf(mentor), Today.AddHours(2));

        var calendar = Read(MeetingCalendar.Invitation(meeting, "Meeting", "Cancelled: Illness", Organisation, [Samira, Helena], Today.AddHours(2)));

        Assert.Equal("CANCEL", calendar.Single("METHOD").Value);
        Assert.Equal("CANCELLED", calendar.Event.Single("STATUS").Value);
        Assert.Equal("2", calendar.Event.Single("SEQUENCE").Value);
        Assert.Equal(meeting.CalendarUid, calendar.Event.Single("UID").Text);
        Assert.Equal(2, calendar.Event.All("ATTENDEE").Count);
        Assert.Equal("text/calendar; method=CANCEL; charset=UTF-8", MeetingCalendar.ContentType(meeting));
    }

    [Fact]
    public void A_logged_meeting_sends_no_invitation()
    {
        var (process, mentor, _) = ActivePair();
        var meeting = Meeting.LogUnscheduled(process, Held(), ActorOf(mentor), Today);

        Assert.Equal("MeetingClosed", Assert.Throws<DomainException>(() => MeetingCalendar.Invitation(meeting, "Meeting", null, Organisation, [Samira], Today)).Code);
    }

    [Fact]
    public void An_attendee_named_twice_is_invited_once_and_an_invitation_needs_someone_to_invite()
    {
        var (process, mentor, _) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);

        var evt = Read(MeetingCalendar.Invitation(meeting, "Meeting", null, Organisation, [Samira, Samira with { Email = "SAMIRA@example.org " }], Today)).Event;

        Assert.Single(evt.All("ATTENDEE"));
        Assert.Throws<ArgumentException>(() => MeetingCalendar.Invitation(meeting, "Meeting", null, Organisation, [], Today));
        Assert.Throws<ArgumentException>(() => MeetingCalendar.Invitation(meeting, " ", null, Organisation, [Samira], Today));
    }

    [Theory]
    [InlineData("samira")]
    [InlineData("samira@example.org\r\nATTENDEE:mailto:x@example.org")]
    [InlineData("sam ira@example.org")]
    [InlineData("samira@example.org:x")]
    public void An_address_that_would_break_the_line_is_refused(string email)
    {
        var (process, mentor, _) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);

        Assert.Throws<ArgumentException>(() => MeetingCalendar.Invitation(meeting, "Meeting", null, Organisation, [new CalendarPerson(email, "Samira")], Today));
    }

    [Fact]
    public void A_name_with_a_caret_keeps_it()
    {
        var (process, mentor, _) = ActivePair();
        var meeting = InPersonTomorrow(process, mentor);

        var evt = Read(MeetingCalendar.Invitation(meeting, "Meeting", null, Organisation, [new CalendarPerson("a@example.org", "A^B; C:D")], Today)).Event;

        Assert.Equal("A^B; C:D", evt.Single("ATTENDEE").Parameters["CN"]);
    }

    /// <summary>The physical lines: the octets split at CRLF, each at most 75 octets and decodable alone (no character split by a fold).</summary>
    private static List<string> Lines(string ics)
    {
        var octets = Encoding.UTF8.GetBytes(ics);
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < octets.Length; i++)
        {
            if (octets[i] != '\r')
                continue;
            Assert.True(i + 1 < octets.Length && octets[i + 1] == '\n', "a CR not followed by LF");
            Assert.True(i - start <= MeetingCalendar.MaxLineOctets, $"a line of {i - start} octets");
            lines.Add(strict.GetString(octets, start, i - start));
            start = i + 2;
            i++;
        }

        Assert.Equal(octets.Length, start);
        Assert.DoesNotContain(lines, l => l.Contains('\n'));
        return lines;
    }

    private static List<string> Unfold(List<string> lines)
    {
        var logical = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith(' ') || line.StartsWith('\t'))
                logical[^1] += line[1..];
            else
                logical.Add(line);
        }

        return logical;
    }

    private static Calendar Read(string ics)
    {
        var properties = Unfold(Lines(ics)).Select(Property.Parse).ToList();
        Assert.Equal("BEGIN", properties[0].Name);
        Assert.Equal("VCALENDAR", properties[0].Value);
        Assert.Equal(("END", "VCALENDAR"), (properties[^1].Name, properties[^1].Value));
        return new Calendar(properties);
    }

    private sealed record Calendar(IReadOnlyList<Property> Properties)
    {
        /// <summary>The one VEVENT's properties.</summary>
        public Calendar Event
        {
            get
            {
                var begin = Properties.ToList().FindIndex(p => p is { Name: "BEGIN", Value: "VEVENT" });
                var end = Properties.ToList().FindIndex(p => p is { Name: "END", Value: "VEVENT" });
                Assert.True(begin > 0 && end > begin);
                Assert.Single(Properties, p => p is { Name: "BEGIN", Value: "VEVENT" });
                return new Calendar(Properties.Skip(begin + 1).Take(end - begin - 1).ToList());
            }
        }

        public IReadOnlyList<Property> All(string name) => Properties.Where(p => p.Name == name).ToList();

        public Property Single(string name) => Assert.Single(Properties, p => p.Name == name);
    }

    private sealed record Property(string Name, IReadOnlyDictionary<string, string> Parameters, string Value)
    {
        /// <summary>The value as TEXT: \\, \;, \, and \n (or \N) unescaped.</summary>
        public string Text
        {
            get
            {
                var text = new StringBuilder();
                for (var i = 0; i < Value.Length; i++)
                {
                    if (Value[i] != '\\')
                    {
                        Assert.True(Value[i] is not (';' or ','), $"an unescaped '{Value[i]}' in {Value}");
                        text.Append(Value[i]);
                        continue;
                    }

                    var next = Value[++i];
                    text.Append(next switch
                    {
                        'n' or 'N' => '\n',
                        '\\' or ';' or ',' => next,
                        _ => throw new Xunit.Sdk.XunitException($"an unknown escape \\{next} in {Value}"),
                    });
                }

                return text.ToString();
            }
        }

        /// <summary>NAME *(;PARAM=VALUE) : VALUE, a parameter value quoted or not, RFC 6868's ^n ^' ^^ decoded.</summary>
        public static Property Parse(string line)
        {
            var i = 0;
            var name = Until(line, ref i, ';', ':');
            var parameters = new Dictionary<string, string>();
            while (line[i] == ';')
            {
                i++;
                var key = Until(line, ref i, '=');
                i++;
                string raw;
                if (line[i] == '"')
                {
                    var close = line.IndexOf('"', i + 1);
                    raw = line[(i + 1)..close];
                    i = close + 1;
                }
                else
                {
                    raw = Until(line, ref i, ';', ':');
                }

                parameters[key] = Caret(raw);
            }

            Assert.Equal(':', line[i]);
            return new Property(name, parameters, line[(i + 1)..]);
        }

        private static string Until(string line, ref int i, params char[] stops)
        {
            var end = line.IndexOfAny(stops, i);
            Assert.True(end >= 0, $"no {string.Join(" or ", stops)} in {line}");
            var part = line[i..end];
            i = end;
            return part;
        }

        private static string Caret(string raw)
        {
            var value = new StringBuilder();
            for (var i = 0; i < raw.Length; i++)
            {
                var next = raw[i] == '^' && i + 1 < raw.Length ? raw[i + 1] : '\0';
                var decoded = next switch { 'n' => '\n', '\'' => '"', '^' => '^', _ => '\0' };
                if (decoded == '\0')
                {
                    value.Append(raw[i]);
                }
                else
                {
                    value.Append(decoded);
                    i++;
                }
            }

            return value.ToString();
        }
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ponte.Cli;

/// <summary>
/// Reads P.json with one pass of <see cref="Utf8JsonReader"/>: property names in any case, comments
/// and trailing commas allowed, an unknown property or a value of the wrong type refused with a
/// <see cref="JsonException"/> that names its path and line. Each item of a list is converted as soon
/// as it is read, so its DTO never outlives it; the first conversion error of each list is kept for
/// the caller to report in its own order. Repeated short texts (codes, levels, slots, areas,
/// programmes) are shared, not copied per person.
/// </summary>
internal sealed class ProfilesJsonReader
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly byte[] _utf8;
    // Where the reader is, for an error: a property by the offset of its name, or an index in an array.
    private readonly List<(long NameAt, int Index)> _path = [];
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _shared =
        new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly ProfilesConverters _convert;

    private ProfilesJsonReader(byte[] utf8, ProfilesConverters convert)
    {
        _utf8 = utf8;
        _convert = convert;
    }

    /// <summary>The converted lists, or null when the document is the JSON literal null.</summary>
    public static ProfilesDocument? Read(byte[] utf8, ProfilesConverters convert) => new ProfilesJsonReader(utf8, convert).ReadDocument();

    private ProfilesDocument? ReadDocument()
    {
        var r = new Utf8JsonReader(_utf8, Options);
        try
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.Null)
            {
                End(ref r);
                return null;
            }

            var doc = new ProfilesDocument();
            Object(ref r);
            while (Property(ref r, out var name))
            {
                if (Is(name, "programmes"u8))
                    doc.Programmes = Section(ref r, ReadProgramme, _convert.Programme);
                else if (Is(name, "mentees"u8))
                    doc.Mentees = Section(ref r, ReadMentee, _convert.Mentee);
                else if (Is(name, "mentors"u8))
                    doc.Mentors = Section(ref r, ReadMentor, _convert.Mentor);
                else if (Is(name, "exclusions"u8))
                    doc.Exclusions = Section(ref r, ReadExclusion, _convert.Exclusion);
                else if (Is(name, "approved"u8))
                    doc.Approved = Section(ref r, ReadPair, _convert.Approved);
                else
                    throw Unknown();
                Pop();
            }

            End(ref r);
            return doc;
        }
        catch (JsonException e) when (e.LineNumber is null)
        {
            // The reader's own errors carry their line; these are ours, placed by the token's offset.
            throw new JsonException(e.Message, e.Path, Line(r.TokenStartIndex), null, e);
        }
    }

    private delegate T ReadItem<T>(ref Utf8JsonReader r);

    private ProgrammeDto ReadProgramme(ref Utf8JsonReader r)
    {
        var p = new ProgrammeDto();
        Object(ref r);
        while (Property(ref r, out var name))
        {
            if (Is(name, "id"u8))
                p.Id = Text(ref r);
            else if (Is(name, "weights"u8))
                p.Weights = ReadWeights(ref r);
            else if (Is(name, "interpreterLanguages"u8))
                p.InterpreterLanguages = Texts(ref r);
            else if (Is(name, "maxDistanceKm"u8))
                p.MaxDistanceKm = NullableInt(ref r);
            else
                throw Unknown();
            Pop();
        }

        return p;
    }

    private WeightsDto? ReadWeights(ref Utf8JsonReader r)
    {
        Next(ref r);
        if (r.TokenType == JsonTokenType.Null)
            return null;
        var w = new WeightsDto();
        Object(ref r);
        while (Property(ref r, out var name))
        {
            if (Is(name, "language"u8))
                w.Language = NullableDecimal(ref r);
            else if (Is(name, "proximity"u8))
                w.Proximity = NullableDecimal(ref r);
            else if (Is(name, "availability"u8))
                w.Availability = NullableDecimal(ref r);
            else if (Is(name, "interests"u8))
                w.Interests = NullableDecimal(ref r);
            else if (Is(name, "complementaryNeeds"u8))
                w.ComplementaryNeeds = NullableDecimal(ref r);
            else if (Is(name, "identity"u8))
                w.Identity = NullableDecimal(ref r);
            else if (Is(name, "supportIntensity"u8))
                w.SupportIntensity = NullableDecimal(ref r);
            else
                throw Unknown();
            Pop();
        }

        return w;
    }

    private MenteeDto ReadMentee(ref Utf8JsonReader r)
    {
        var m = new MenteeDto();
        Object(ref r);
        while (Property(ref r, out var name))
        {
            if (!PersonProperty(ref r, name, m))
            {
                if (Is(name, "targetGroup"u8))
                    m.TargetGroup = NullableInt(ref r);
                else if (Is(name, "preferences"u8))
                    m.Preferences = ReadPreferences(ref r);
                else
                    throw Unknown();
            }

            Pop();
        }

        return m;
    }

    private MentorDto ReadMentor(ref Utf8JsonReader r)
    {
        var m = new MentorDto();
        Object(ref r);
        while (Property(ref r, out var name))
        {
            if (!PersonProperty(ref r, name, m))
            {
                if (Is(name, "ready"u8))
                    m.Ready = Bool(ref r);
                else if (Is(name, "capacity"u8))
                    m.Capacity = Int(ref r);
                else if (Is(name, "experiencedWithVulnerableGroups"u8))
                    m.ExperiencedWithVulnerableGroups = Bool(ref r);
                else
                    throw Unknown();
            }

            Pop();
        }

        return m;
    }

    /// <summary>Reads a property both kinds of person have; false when the name is none of them.</summary>
    private bool PersonProperty(ref Utf8JsonReader r, scoped ReadOnlySpan<byte> name, PersonDto p)
    {
        if (Is(name, "id"u8))
            p.Id = Text(ref r, share: false);
        else if (Is(name, "programme"u8))
            p.Programme = Text(ref r);
        else if (Is(name, "networkPool"u8))
            p.NetworkPool = Bool(ref r);
        else if (Is(name, "gender"u8))
            p.Gender = Text(ref r);
        else if (Is(name, "countryOfOrigin"u8))
            p.CountryOfOrigin = Text(ref r);
        else if (Is(name, "languages"u8))
            p.Languages = List(ref r, ReadLanguage);
        else if (Is(name, "location"u8))
            p.Location = ReadLocation(ref r);
        else if (Is(name, "area"u8))
            p.Area = Text(ref r);
        else if (Is(name, "availability"u8))
            p.Availability = Texts(ref r);
        else if (Is(name, "interests"u8))
            p.Interests = Texts(ref r);
        else if (Is(name, "supportAreas"u8))
            p.SupportAreas = Texts(ref r);
        else
            return false;
        return true;
    }

    private LanguageDto ReadLanguage(ref Utf8JsonReader r)
    {
        var l = new LanguageDto();
        Object(ref r);
        while (Property(ref r, out var name))
        {
            if (Is(name, "code"u8))
                l.Code = Text(ref r);
            else if (Is(name, "level"u8))
                l.Level = Text(ref r);
            else
                throw Unknown();
            Pop();
        }

        return l;
    }

    private LocationDto? ReadLocation(ref Utf8JsonReader r)
    {
        Next(ref r);
        if (r.TokenType == JsonTokenType.Null)
            return null;
        var l = new LocationDto();
        Object(ref r);
        while (Property(ref r, out var name))
        {
            if (Is(name, "lat"u8))
                l.Lat = Double(ref r);
            else if (Is(name, "lon"u8))
                l.Lon = Double(ref r);
            else
                throw Unknown();
            Pop();
        }

        return l;
    }

    private PreferencesDto? ReadPreferences(ref Utf8JsonReader r)
    {
        Next(ref r);
        if (r.TokenType == JsonTokenType.Null)
            return null;
        var p = new PreferencesDto();
        Object(ref r);
        while (Property(ref r, out var name))
        {
            if (Is(name, "womanMentorOnly"u8))
                p.WomanMentorOnly = Bool(ref r);
            else if (Is(name, "sameCountryOfOrigin"u8))
                p.SameCountryOfOrigin = Bool(ref r);
            else if (Is(name, "sameGender"u8))
                p.SameGender = Bool(ref r);
            else
                throw Unknown();
            Pop();
        }

        return p;
    }

    private ExclusionDto ReadExclusion(ref Utf8JsonReader r)
    {
        var x = new ExclusionDto();
        Object(ref r);
        while (Property(ref r, out var name))
        {
            if (Is(name, "menteeId"u8))
                x.MenteeId = Text(ref r, share: false);
            else if (Is(name, "mentorId"u8))
                x.MentorId = Text(ref r, share: false);
            else if (Is(name, "reason"u8))
                x.Reason = Text(ref r);
            else
                throw Unknown();
            Pop();
        }

        return x;
    }

    private PairDto ReadPair(ref Utf8JsonReader r)
    {
        var x = new PairDto();
        Object(ref r);
        while (Property(ref r, out var name))
        {
            if (Is(name, "menteeId"u8))
                x.MenteeId = Text(ref r, share: false);
            else if (Is(name, "mentorId"u8))
                x.MentorId = Text(ref r, share: false);
            else
                throw Unknown();
            Pop();
        }

        return x;
    }

    /// <summary>A top-level list, each item converted once read; after a conversion error the rest is only read.</summary>
    private Section<TOut>? Section<TDto, TOut>(ref Utf8JsonReader r, ReadItem<TDto> item, Func<TDto, int, TOut> convert)
    {
        Next(ref r);
        if (r.TokenType == JsonTokenType.Null)
            return null;
        if (r.TokenType != JsonTokenType.StartArray)
            throw Wrong("an array");
        var section = new Section<TOut>();
        _path.Add((-1, 0));
        for (var k = 0; ; k++)
        {
            _path[^1] = (-1, k);
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndArray)
                break;
            var dto = item(ref r);
            if (section.Error is not null)
                continue;
            try
            {
                section.Items.Add(convert(dto, k));
            }
            catch (InputException e)
            {
                section.Error = e;
            }
        }

        Pop();
        return section;
    }

    /// <summary>A JSON array of objects, or null; each item reader starts on its object's first token.</summary>
    private List<T>? List<T>(ref Utf8JsonReader r, ReadItem<T> item)
    {
        Next(ref r);
        if (r.TokenType == JsonTokenType.Null)
            return null;
        if (r.TokenType != JsonTokenType.StartArray)
            throw Wrong("an array");
        var list = new List<T>();
        _path.Add((-1, 0));
        while (true)
        {
            _path[^1] = (-1, list.Count);
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndArray)
                break;
            list.Add(item(ref r));
        }

        Pop();
        return list;
    }

    private List<string>? Texts(ref Utf8JsonReader r)
    {
        Next(ref r);
        if (r.TokenType == JsonTokenType.Null)
            return null;
        if (r.TokenType != JsonTokenType.StartArray)
            throw Wrong("an array");
        var list = new List<string>();
        _path.Add((-1, 0));
        while (true)
        {
            _path[^1] = (-1, list.Count);
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndArray)
                break;
            if (r.TokenType != JsonTokenType.String)
                throw Wrong("a string");
            list.Add(Shared(ref r));
        }

        Pop();
        return list;
    }

    private string? Text(ref Utf8JsonReader r, bool share = true)
    {
        Next(ref r);
        return r.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => share ? Shared(ref r) : r.GetString(),
            _ => throw Wrong("a string"),
        };
    }

    private string Shared(ref Utf8JsonReader r)
    {
        var length = r.HasValueSequence ? (int)r.ValueSequence.Length : r.ValueSpan.Length;
        if (length > 64)
            return r.GetString()!;
        Span<char> chars = stackalloc char[64];
        var n = r.CopyString(chars);
        var text = chars[..n];
        if (_shared.TryGetValue(text, out var known))
            return known;
        var s = text.ToString();
        _shared[s] = s;
        return s;
    }

    private bool Bool(ref Utf8JsonReader r)
    {
        Next(ref r);
        return r.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw Wrong("true or false"),
        };
    }

    private int Int(ref Utf8JsonReader r)
    {
        Next(ref r);
        return r.TokenType == JsonTokenType.Number && r.TryGetInt32(out var value) ? value : throw Wrong("a whole number");
    }

    private int? NullableInt(ref Utf8JsonReader r)
    {
        Next(ref r);
        if (r.TokenType == JsonTokenType.Null)
            return null;
        return r.TokenType == JsonTokenType.Number && r.TryGetInt32(out var value) ? value : throw Wrong("a whole number");
    }

    private decimal? NullableDecimal(ref Utf8JsonReader r)
    {
        Next(ref r);
        if (r.TokenType == JsonTokenType.Null)
            return null;
        return r.TokenType == JsonTokenType.Number && r.TryGetDecimal(out var value) ? value : throw Wrong("a number");
    }

    private double Double(ref Utf8JsonReader r)
    {
        Next(ref r);
        return r.TokenType == JsonTokenType.Number && r.TryGetDouble(out var value) ? value : throw Wrong("a number");
    }

    private static void Next(ref Utf8JsonReader r)
    {
        if (!r.Read())
            throw new JsonException("The document ends too soon.");
    }

    private void Object(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.StartObject)
            throw Wrong("an object");
    }

    /// <summary>Moves to the next property and names it, or to the end of the object.</summary>
    private bool Property(ref Utf8JsonReader r, out ReadOnlySpan<byte> name)
    {
        Next(ref r);
        if (r.TokenType == JsonTokenType.EndObject)
        {
            name = default;
            return false;
        }

        name = r.HasValueSequence || r.ValueIsEscaped ? Encoding.UTF8.GetBytes(r.GetString()!) : r.ValueSpan;
        _path.Add((r.TokenStartIndex, -1));
        return true;
    }

    private void Pop() => _path.RemoveAt(_path.Count - 1);

    private static void End(ref Utf8JsonReader r)
    {
        if (r.Read())
            throw new JsonException("There is more after the document.");
    }

    private static bool Is(ReadOnlySpan<byte> name, ReadOnlySpan<byte> expected) => Ascii.EqualsIgnoreCase(name, expected);

    private JsonException Unknown() =>
        new JsonException($"The property '{NameAt(_path[^1].NameAt)}' is not known.", PathText(), null, null);

    private string NameAt(long offset)
    {
        var name = new Utf8JsonReader(_utf8.AsSpan((int)offset));
        return name.Read() ? name.GetString() ?? string.Empty : string.Empty;
    }

    private JsonException Wrong(string expected) => new($"Expected {expected}.", PathText(), null, null);

    private string PathText()
    {
        var text = new StringBuilder("$");
        foreach (var (nameAt, index) in _path)
        {
            if (nameAt < 0)
                text.Append(CultureInfo.InvariantCulture, $"[{index}]");
            else
                text.Append('.').Append(NameAt(nameAt));
        }

        return text.ToString();
    }

    private long Line(long offset)
    {
        var end = (int)Math.Min(Math.Max(offset, 0), _utf8.Length);
        return _utf8.AsSpan(0, end).Count((byte)'\n');
    }
}

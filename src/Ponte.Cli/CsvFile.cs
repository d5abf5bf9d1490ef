namespace Ponte.Cli;

/// <summary>
/// A small RFC 4180 reader: comma-separated, optional double quotes ("" inside quotes is a quote),
/// LF or CRLF line ends, a UTF-8 byte order mark ignored, blank lines skipped.
/// </summary>
internal sealed class CsvFile
{
    private readonly string _text;
    private readonly List<ReadOnlyMemory<char>> _fields = [];
    private int _pos;
    private int _nextLine = 1;

    private CsvFile(string path, string text)
    {
        Path = path;
        _text = text;
    }

    public string Path { get; }

    /// <summary>The line the current record starts on (1-based).</summary>
    public int Line { get; private set; }

    public int FieldCount => _fields.Count;

    public ReadOnlySpan<char> this[int index] => _fields[index].Span;

    public static CsvFile Open(string path)
    {
        try
        {
            return new CsvFile(path, File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, 0, "cannot be read: " + e.Message);
        }
    }

    public InputException Error(string problem) => new(Path, Line, problem);

    /// <summary>Refuses a record too short to hold every column the header named.</summary>
    public void RequireFields(int[] columns)
    {
        var needed = 0;
        foreach (var c in columns)
            needed = Math.Max(needed, c + 1);
        if (FieldCount < needed)
            throw Error($"expected at least {needed} fields, found {FieldCount}");
    }

    /// <summary>Reads the header and returns the position of each required column.</summary>
    public int[] Header(params string[] columns)
    {
        var expected = string.Join(',', columns);
        if (!Next())
            throw new InputException(Path, 1, $"missing header: the file is empty, expected {expected}");
        var positions = new int[columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            positions[c] = -1;
            for (var f = 0; f < FieldCount; f++)
            {
                if (this[f].Trim().Equals(columns[c], StringComparison.OrdinalIgnoreCase))
                    positions[c] = f;
            }

            if (positions[c] < 0)
                throw Error($"missing header: expected {expected}, found \"{Truncate(_text.AsSpan(LineStart(), LineLength()))}\"");
        }

        return positions;
    }

    /// <summary>Right after <see cref="Header"/>: the position of an optional column, or -1.</summary>
    public int OptionalColumn(string name)
    {
        for (var f = 0; f < FieldCount; f++)
        {
            if (this[f].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
                return f;
        }

        return -1;
    }

    public bool Next()
    {
        while (_pos < _text.Length)
        {
            Line = _nextLine;
            _fields.Clear();
            ReadRecord();
            if (_fields.Count > 1 || _fields[0].Span.Trim().Length > 0)
                return true;
        }

        return false;
    }

    private int _recordStart;

    private int LineStart() => _recordStart;

    private int LineLength()
    {
        var end = _text.IndexOfAny(['\r', '\n'], _recordStart);
        return (end < 0 ? _text.Length : end) - _recordStart;
    }

    private void ReadRecord()
    {
        var text = _text;
        _recordStart = _pos;
        while (true)
        {
            if (_pos < text.Length && text[_pos] == '"')
            {
                ReadQuoted();
            }
            else
            {
                var start = _pos;
                var end = text.AsSpan(_pos).IndexOfAny(',', '\n', '\r');
                _pos = end < 0 ? text.Length : _pos + end;
                _fields.Add(text.AsMemory(start, _pos - start));
            }

            if (_pos >= text.Length)
                return;
            var ch = text[_pos++];
            if (ch == ',')
                continue;
            if (ch == '\r' && _pos < text.Length && text[_pos] == '\n')
                _pos++;
            _nextLine++;
            return;
        }
    }

    private void ReadQuoted()
    {
        var text = _text;
        var startLine = _nextLine;
        _pos++;
        System.Text.StringBuilder? sb = null;
        var segment = _pos;
        while (true)
        {
            var q = text.IndexOf('"', _pos);
            if (q < 0)
                throw new InputException(Path, startLine, "a quoted field is not closed");
            for (var k = _pos; k < q; k++)
            {
                if (text[k] == '\n')
                    _nextLine++;
            }

            if (q + 1 < text.Length && text[q + 1] == '"')
            {
                sb ??= new System.Text.StringBuilder();
                sb.Append(text, segment, q + 1 - segment);
                _pos = q + 2;
                segment = _pos;
                continue;
            }

            _pos = q + 1;
            if (sb is null)
            {
                _fields.Add(text.AsMemory(segment, q - segment));
            }
            else
            {
                sb.Append(text, segment, q - segment);
                _fields.Add(sb.ToString().AsMemory());
            }

            if (_pos < text.Length && text[_pos] is not (',' or '\n' or '\r'))
                throw new InputException(Path, startLine, "unexpected text after a closing quote");
            return;
        }
    }

    public static string Truncate(ReadOnlySpan<char> text) =>
        text.Length > 60 ? string.Concat(text[..57], "...") : text.ToString();
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Ponte.Web.Tests.Infrastructure;

/// <summary>Every log entry the site writes, kept for the test to read.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyList<Entry> Entries => [.. _entries];

    /// <summary>Forgets what was logged so far, so a test reads only what comes next.</summary>
    public void Clear() => _entries.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    /// <summary>One entry: the rendered message and its structured values by name.</summary>
    public sealed record Entry(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> Values, Exception? Exception)
    {
        /// <summary>One structured value as text, or null when the entry has none by that name.</summary>
        public string? Value(string key) => Values.GetValueOrDefault(key)?.ToString();

        /// <summary>What a log file would hold: the message and, when one was logged, the exception with its message.</summary>
        public string Text => Exception is null ? Message : Message + "\n" + Exception;
    }

    private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value)
                : new Dictionary<string, object?>();
            entries.Enqueue(new Entry(category, logLevel, eventId, formatter(state, exception), values, exception));
        }
    }
}

using Microsoft.Extensions.Logging;

namespace LibraryPersonalization.Web.Tests.Infrastructure;

/// <summary>Keeps every event logged through it, with its structured properties, for a test to read as an operator's log sink would.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly List<LoggedEvent> events = [];

    public IReadOnlyList<LoggedEvent> Events
    {
        get
        {
            lock (events)
            {
                return [.. events];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        var properties = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
        lock (events)
        {
            events.Add(new LoggedEvent(logLevel, formatter(state, exception), properties.ToDictionary(property => property.Key, property => property.Value), exception));
        }
    }
}

public sealed record LoggedEvent(LogLevel Level, string Text, IReadOnlyDictionary<string, object?> Properties, Exception? Exception);

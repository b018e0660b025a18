using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OrderDesk.Tests.Integration.Alerts;

/// <summary>Keeps every log line of the categories it is told to watch, so a test can see what was logged.</summary>
public sealed class LogCapture(params string[] categories) : ILoggerProvider
{
    public sealed record Line(string Category, LogLevel Level, string Message);

    public ConcurrentQueue<Line> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => capture.Watches(category);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (capture.Watches(category)) capture.Lines.Enqueue(new Line(category, logLevel, formatter(state, exception)));
        }
    }

    private bool Watches(string category) => categories.Any(c => category.StartsWith(c, StringComparison.Ordinal));
}

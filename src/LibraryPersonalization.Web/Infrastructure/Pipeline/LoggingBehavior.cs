using System.Diagnostics;

namespace LibraryPersonalization.Web.Infrastructure.Pipeline;

/// <summary>
/// Logs each message with its outcome and duration as structured properties. A read that succeeds is logged at Debug:
/// the request's own event already says which page answered and how fast, and a second line per page view cost the
/// busiest pages a tenth of their time in the console's lock (issue 8).
/// </summary>
public sealed class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        var failure = response is IOutcome { Failure: { } failed } ? failed : null;
        var level = message is IBaseQuery && failure is null ? LogLevel.Debug : LogLevel.Information;
        if (logger.IsEnabled(level))
        {
            logger.Log(
                level,
                "Handled {Message} with {Outcome} in {ElapsedMs:0.0} ms",
                typeof(TMessage).FullName,
                failure?.GetType().Name ?? "Success",
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return response;
    }
}

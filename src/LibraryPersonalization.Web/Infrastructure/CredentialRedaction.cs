using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace LibraryPersonalization.Web.Infrastructure;

/// <summary>
/// A calendar feed's address is its only credential, and request logs carry addresses: every logged string that
/// holds one keeps the path but loses the token, whichever component logged it.
/// </summary>
public sealed partial class CredentialRedaction : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        var holdingTokens = logEvent.Properties
            .Where(property => property.Value is ScalarValue { Value: string text } && text.Contains("/calendar/feed/", StringComparison.OrdinalIgnoreCase))
            .ToList();
        foreach (var (name, value) in holdingTokens)
        {
            logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(FeedToken().Replace((string)((ScalarValue)value).Value!, "/calendar/feed/[redacted]"))));
        }
    }

    [GeneratedRegex("/calendar/feed/[^/?#\\s\"]+", RegexOptions.IgnoreCase)]
    private static partial Regex FeedToken();
}

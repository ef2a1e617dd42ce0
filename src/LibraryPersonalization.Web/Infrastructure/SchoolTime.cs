namespace LibraryPersonalization.Web.Infrastructure;

/// <summary>Shows stored UTC instants in the school's time zone (<c>School:TimeZone</c>, an IANA id).</summary>
public sealed class SchoolTime(IConfiguration configuration)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.TryFindSystemTimeZoneById(configuration["School:TimeZone"] ?? "UTC", out var found) ? found : TimeZoneInfo.Utc;

    public string Format(DateTimeOffset instant, string format = "MMM d, yyyy h:mm tt") =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString(format, SchoolCulture.Formats);

    /// <summary>The instant a school day begins (its first valid local time, should midnight fall in a clock change).</summary>
    public DateTimeOffset StartOf(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(30);
        }

        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }
}

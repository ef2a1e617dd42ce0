using System.Globalization;
using LibraryPersonalization.Domain.Bookings;

namespace LibraryPersonalization.Web.Infrastructure;

/// <summary>Shows stored UTC instants in the school's time zone (<c>School:TimeZone</c>, an IANA id).</summary>
public sealed class SchoolTime(IConfiguration configuration)
{
    public SchoolCalendar Calendar { get; } = new(
        TimeZoneInfo.TryFindSystemTimeZoneById(configuration["School:TimeZone"] ?? "UTC", out var found) ? found : TimeZoneInfo.Utc);

    public string Format(DateTimeOffset instant, string format = "MMM d, yyyy h:mm tt") =>
        TimeZoneInfo.ConvertTime(instant, Calendar.Zone).ToString(format, CultureInfo.GetCultureInfo("en-US"));
}

using System.Globalization;

namespace LibraryPersonalization.Domain;

/// <summary>How the school writes dates, times and numbers. Read once: every lookup of a culture by name takes a lock.</summary>
public static class SchoolCulture
{
    public static CultureInfo Formats { get; } = CultureInfo.GetCultureInfo("en-US");

    public static string Clock(TimeOnly time) => time.ToString("h:mm tt", Formats);
}

using System.Globalization;

namespace LibraryPersonalization.Web.Tests.HostileInput;

/// <summary>A value no honest form sends, named for the failure message.</summary>
public sealed record HostileValue(string Name, string Value);

/// <summary>
/// The values tried in each field, chosen by what the field takes: every text value for text, and for numbers,
/// dates, times and choices a set of their own (a number field is not worth an emoji; a date is worth February 30th).
/// </summary>
public static class HostileValues
{
    private static readonly HostileValue Empty = new("empty", string.Empty);

    public static readonly IReadOnlyList<HostileValue> Text =
    [
        new("10,000 characters", new string('x', 10_000)),
        Empty,
        new("whitespace only", " \t\u00A0\u2003 "),
        new("control characters with NUL", "a\0b\u0001\u0007\u0008\u001B[2J\u007F\r\n"),
        new("right-to-left override", "\u202Efdp.exe\u202C"),
        new("emoji", "📚🦄 👩🏽‍🔬🏳️‍🌈"),
        new("XSS", "\"><script>alert(1)</script><img src=x onerror=alert(1)>"),
        new("SQL", "' OR '1'='1'; DROP TABLE \"AspNetUsers\"; --"),
    ];

    public static readonly IReadOnlyList<HostileValue> Numbers =
    [
        Empty,
        new("negative", "-1"),
        new("past int", "2147483648"),
        new("huge", "99999999999999999999999999999"),
        new("past double", "1e309"),
        new("a fraction", "1.5"),
        new("a word", "seven"),
    ];

    public static readonly IReadOnlyList<HostileValue> Dates =
    [
        Empty,
        new("year 1", "0001-01-01"),
        new("year 9999", "9999-12-31"),
        new("February 30th", "2026-02-30"),
        new("a six-digit year", "275760-09-13"),
        new("a word", "yesterday"),
    ];

    public static readonly IReadOnlyList<HostileValue> DateTimes =
    [
        Empty,
        new("year 1", "0001-01-01T00:00"),
        new("year 9999", "9999-12-31T23:59"),
        new("February 30th", "2026-02-30T10:00"),
        new("hour 25", "2026-03-02T25:00"),
        new("a word", "soon"),
    ];

    public static readonly IReadOnlyList<HostileValue> Times =
    [
        Empty,
        new("hour 25", "25:00"),
        new("minute 60", "10:60"),
        new("negative", "-01:00"),
        new("a word", "noon"),
    ];

    /// <summary>For lists, radio buttons, checkboxes and buttons: values the page does not offer.</summary>
    public static readonly IReadOnlyList<HostileValue> Choices =
    [
        Empty,
        new("unknown name", "NotAnOption"),
        new("undefined number", "999"),
        new("negative number", "-1"),
        new("two names", "Collection,HelpCenter"),
    ];

    private static readonly string[] NumericNames = ["Id", "Count", "Stars", "Seats", "Minutes", "Capacity", "Version", "Page", "Number", "Rating", "Weeks", "Size"];

    /// <summary>The values for <paramref name="control"/>, whose value on the page is <paramref name="rendered"/>.</summary>
    public static IReadOnlyList<HostileValue> For(FormControl control, string? rendered)
    {
        ArgumentNullException.ThrowIfNull(control);
        return control.Kind switch
        {
            "select" or "radio" or "checkbox" or "submit" => Choices,
            "number" or "range" => Numbers,
            "date" or "month" or "week" => Dates,
            "datetime-local" => DateTimes,
            "time" => Times,
            _ when control.InputMode is "numeric" or "decimal" => Numbers,
            _ when rendered is { Length: > 0 } && decimal.TryParse(rendered, NumberStyles.Number, CultureInfo.InvariantCulture, out _) => Numbers,
            _ when TimeOnly.TryParse(rendered, CultureInfo.InvariantCulture, out _) => Times,
            _ when DateOnly.TryParseExact(rendered, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => Dates,
            _ when DateTimeOffset.TryParse(rendered, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => DateTimes,
            _ when string.IsNullOrEmpty(rendered) && NumericNames.Any(suffix => control.Name.EndsWith(suffix, StringComparison.Ordinal)) => Numbers,
            _ => Text,
        };
    }
}

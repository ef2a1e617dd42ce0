using System.Text.RegularExpressions;

namespace LibraryPersonalization.Web.Tests.HostileInput;

/// <summary>
/// An address with its ids (numbers and GUIDs) and the query values holding digits (pages, dates, times) replaced,
/// so the pages and forms of every record and every day look alike.
/// </summary>
public static partial class AddressShape
{
    private const string Id = "{id}";

    /// <summary>An id no record of the demo school has, nor gets during a run.</summary>
    private const string NonexistentNumber = "999999";

    public static string Of(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var (path, query) = Split(url);
        var shape = string.Join('/', path.Split('/').Select(segment => IsId(segment) ? Id : segment));
        return query is null ? shape : $"{shape}?{ValueWithDigits().Replace(query, "{v}")}";
    }

    /// <summary>The ids in the address's path, in order.</summary>
    public static IReadOnlyList<string> Ids(string url) => Split(url).Path.Split('/').Where(IsId).ToList();

    /// <summary>The address with the id at <paramref name="position"/> in its path replaced by one no record has.</summary>
    public static string WithNonexistentId(string url, int position)
    {
        var (path, query) = Split(url);
        var segments = path.Split('/');
        var at = segments.Select((segment, index) => (segment, index)).Where(candidate => IsId(candidate.segment)).ElementAt(position).index;
        segments[at] = IsGuid(segments[at]) ? Guid.Empty.ToString() : NonexistentNumber;
        var replaced = string.Join('/', segments);
        return query is null ? replaced : $"{replaced}?{query}";
    }

    private static bool IsGuid(string segment) => Guid.TryParse(segment, out _);

    private static bool IsId(string segment) => segment.Length > 0 && (segment.All(char.IsAsciiDigit) || IsGuid(segment));

    private static (string Path, string? Query) Split(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var mark = url.IndexOf('?', StringComparison.Ordinal);
        return mark < 0 ? (url, null) : (url[..mark], url[(mark + 1)..]);
    }

    [GeneratedRegex("(?<==)[^&]*[0-9][^&]*")]
    private static partial Regex ValueWithDigits();
}

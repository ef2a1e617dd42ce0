namespace LibraryPersonalization.Domain;

/// <summary>
/// Text folded once when it is stored and once when it is searched for, so a match ignores letter case on every
/// provider (the same folding as Identity's upper-invariant lookup normalizer).
/// </summary>
public static class SearchFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Normalize().ToUpperInvariant();
    }

    /// <summary>The words of a search, folded; each must match. At most eight, so a pasted paragraph stays one cheap query.</summary>
    public static IEnumerable<string> Words(string? search) =>
        Fold(search ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8);
}

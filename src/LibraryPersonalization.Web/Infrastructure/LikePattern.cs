namespace LibraryPersonalization.Web.Infrastructure;

/// <summary>
/// Builds LIKE patterns from user text with <c>\</c> as the escape character: LIKE ignores letter case on both
/// SQLite and SQL Server's default collation, where SQLite's <c>=</c> and <c>instr</c> do not.
/// </summary>
public static class LikePattern
{
    public const string Escape = "\\";

    /// <summary>Matches values equal to <paramref name="text"/> in any letter case.</summary>
    public static string Exactly(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
    }

    /// <summary>Matches values containing <paramref name="text"/> in any letter case.</summary>
    public static string Containing(string text) => $"%{Exactly(text)}%";
}

using LibraryPersonalization.Domain;
using Microsoft.AspNetCore.Identity;

namespace LibraryPersonalization.Data;

public class ApplicationUser : IdentityUser
{
    private string displayName = string.Empty;

    public required string DisplayName
    {
        get => displayName;
        set
        {
            displayName = value;
            NormalizedDisplayName = NormalizeForSearch(value);
        }
    }

    /// <summary>The name as Identity normalizes emails, so a search matches it in any case on every provider (SQLite's own case folding is ASCII-only).</summary>
    public string NormalizedDisplayName { get; private set; } = string.Empty;

    public bool IsActive { get; set; } = true;
    public string? GradeLevel { get; set; }

    /// <summary>The same folding as Identity's <see cref="UpperInvariantLookupNormalizer"/>, applied to names and to what a person searches for.</summary>
    public static string NormalizeForSearch(string text) => SearchFolding.Fold(text);
}

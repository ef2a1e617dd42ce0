namespace LibraryPersonalization.Domain.Catalog;

public class CatalogTitle
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Author { get; set; }
    public required string Isbn { get; set; }
    public required string Genre { get; set; }
    public required string Subjects { get; set; }
    public int Year { get; set; }
    public required string Publisher { get; set; }
    public required string Summary { get; set; }
    public string? Series { get; set; }

    /// <summary>A grade band such as "6-8" (see <see cref="ReadingLevels"/>).</summary>
    public string? ReadingLevel { get; set; }

    /// <summary>Published ratings kept on the title so the catalog can sort by rating without reading every review.</summary>
    public int RatingCount { get; set; }

    public int RatingTotal { get; set; }

    public double? AverageRating => RatingCount == 0 ? null : (double)RatingTotal / RatingCount;

    public List<Review> Reviews { get; } = [];
    public List<TitleTag> Tags { get; } = [];
}

public static class ReadingLevels
{
    public static readonly IReadOnlyList<string> All = ["K-2", "3-5", "6-8", "9-12"];

    public static string Describe(string level) => $"Grades {level.Replace('-', '–')}";
}

public enum ModerationStatus
{
    Pending,
    Published,
    Rejected,
}

public class Review
{
    public int Id { get; set; }
    public int TitleId { get; set; }
    public CatalogTitle? Title { get; set; }
    public required string AuthorId { get; set; }
    public required string AuthorName { get; set; }
    public int Rating { get; set; }
    public required string Text { get; set; }
    public ModerationStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? ModeratedById { get; set; }
    public DateTimeOffset? ModeratedAt { get; set; }
}

/// <summary>A genre or topic tag. Tags show at once; staff check new ones after the fact.</summary>
public class TitleTag
{
    public int Id { get; set; }
    public int TitleId { get; set; }
    public CatalogTitle? Title { get; set; }
    public required string Tag { get; set; }
    public required string AddedById { get; set; }
    public required string AddedByName { get; set; }
    public DateTimeOffset AddedAt { get; set; }
    public bool CheckedByStaff { get; set; }
}

public class Shelf
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public required string CuratorId { get; set; }
    public required string CuratorName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<ShelfItem> Items { get; } = [];
}

public class ShelfItem
{
    public int ShelfId { get; set; }
    public int TitleId { get; set; }
    public CatalogTitle? Title { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}

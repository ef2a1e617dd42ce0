using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace LibraryPersonalization.Web.Features.Collection.Search;

/// <summary>A title as the search index needs it, read from the database in one projection.</summary>
public sealed record IndexedTitle(
    int Id,
    string Title,
    string Author,
    string Isbn,
    string Genre,
    string Subjects,
    int Year,
    string Summary,
    string? Series,
    string? ReadingLevel,
    int RatingCount,
    int RatingTotal,
    IReadOnlyList<string> Tags)
{
    public IEnumerable<string> SubjectList => CatalogSubjects.Split(Subjects);
}

/// <summary>A title's subjects are stored as one text, "magic, friendship, school"; typed with commas or semicolons.</summary>
public static class CatalogSubjects
{
    public static IEnumerable<string> Split(string subjects) =>
        (subjects ?? string.Empty).Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal);

    public static string Join(string typed) => string.Join(", ", Split(typed));
}

/// <summary>The index's field names, their weights in ranking, and how a title becomes a document.</summary>
public static class CatalogFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Author = "author";
    public const string Series = "series";
    public const string Subjects = "subjects";
    public const string Genre = "genre";
    public const string Tags = "tags";
    public const string Summary = "summary";
    /// <summary>Every field but the summary, for prefixes, typos and suggestions: the words a reader names a book by.</summary>
    public const string Everything = "all";
    public const string Isbn = "isbn";
    public const string ExactTitle = "title_exact";
    public const string SortTitle = "sort_title";
    public const string SortAuthor = "sort_author";
    public const string Year = "year";
    public const string YearRange = "year_range";
    public const string Rating = "rating";
    public const string RatingCount = "rating_count";
    public const string GenreFacet = "facet_genre";
    public const string SubjectFacet = "facet_subject";
    public const string LevelFacet = "facet_level";

    /// <summary>Title and author weigh most, then series, subjects and genre, then the summary.</summary>
    public static readonly IReadOnlyList<(string Field, float Weight)> Weighted =
    [
        (Title, 4f), (Author, 3f), (Series, 2.5f), (Subjects, 1.5f), (Genre, 1.5f), (Tags, 1.2f), (Summary, 1f),
    ];

    public static Document ToDocument(IndexedTitle title, Func<string, string> fold)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(fold);
        var subjects = title.SubjectList.ToList();
        var document = new Document
        {
            new StringField(Id, title.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
            new TextField(Title, title.Title, Field.Store.NO),
            new TextField(Author, title.Author, Field.Store.NO),
            new TextField(Series, title.Series ?? string.Empty, Field.Store.NO),
            new TextField(Subjects, string.Join(" ; ", subjects), Field.Store.NO),
            new TextField(Genre, title.Genre, Field.Store.NO),
            new TextField(Tags, string.Join(" ; ", title.Tags), Field.Store.NO),
            new TextField(Summary, title.Summary, Field.Store.NO),
            new TextField(Everything, string.Join(" ; ", [title.Title, title.Author, title.Series ?? string.Empty, .. subjects, title.Genre, .. title.Tags]), Field.Store.NO),
            new StringField(Isbn, title.Isbn, Field.Store.NO),
            new StringField(ExactTitle, fold(title.Title), Field.Store.NO),
            new SortedDocValuesField(SortTitle, new BytesRef(fold(title.Title))),
            new SortedDocValuesField(SortAuthor, new BytesRef(fold(title.Author))),
            new NumericDocValuesField(Year, title.Year),
            new Int32Field(YearRange, title.Year, Field.Store.NO),
            new DoubleDocValuesField(Rating, title.RatingCount == 0 ? 0 : (double)title.RatingTotal / title.RatingCount),
            new NumericDocValuesField(RatingCount, title.RatingCount),
            new StringField(GenreFacet, title.Genre, Field.Store.NO),
            new SortedSetDocValuesField(GenreFacet, new BytesRef(title.Genre)),
        };
        foreach (var subject in subjects)
        {
            document.Add(new StringField(SubjectFacet, subject, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(SubjectFacet, new BytesRef(subject)));
        }

        if (!string.IsNullOrEmpty(title.ReadingLevel) && ReadingLevels.All.Contains(title.ReadingLevel))
        {
            document.Add(new StringField(LevelFacet, title.ReadingLevel, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(LevelFacet, new BytesRef(title.ReadingLevel)));
        }

        return document;
    }
}

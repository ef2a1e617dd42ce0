using LibraryPersonalization.Web.Features.Collection.Search;

namespace LibraryPersonalization.Web.Features.Collection;

public static class CatalogSearch
{
    public sealed record Query(string? Text, string? Genre, string? Subject, int? Decade, string? Level, CatalogSort Sort, int Page) : IQuery<Result<Model>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.BrowseCatalog;

        public bool IsSearch => !string.IsNullOrWhiteSpace(Text);

        public bool IsNarrowed => Index.IsNarrowed;

        /// <summary>What the search index is asked for this page.</summary>
        public CatalogQuery Index => new(Text, Genre, Subject, Decade, Level, Sort, Page, Paging.DefaultPageSize);

        /// <summary>This search's address with one thing changed; facet links and the pager are built from it.</summary>
        public string Url(string? genre = "", string? subject = "", int? decade = -1, string? level = "", int page = 1)
        {
            var parts = new List<string>();
            Add(parts, "q", Text);
            Add(parts, "genre", genre == string.Empty ? Genre : genre);
            Add(parts, "subject", subject == string.Empty ? Subject : subject);
            Add(parts, "decade", (decade == -1 ? Decade : decade)?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Add(parts, "level", level == string.Empty ? Level : level);
            Add(parts, "sort", Sort == CatalogSort.Relevance ? null : Sort.ToString());
            Add(parts, "page", page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return parts.Count == 0 ? "/catalog" : "/catalog?" + string.Join('&', parts);
        }

        private static void Add(List<string> parts, string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }
    }

    public sealed record Row(int Id, string Title, string Author, string Isbn, string Genre, string Subjects, int Year, string? ReadingLevel, double? AverageRating, int RatingCount);

    /// <summary>The page shown (its page count stops at <see cref="CatalogQuery.MostResultsPaged"/> results) and how many titles matched in all.</summary>
    public sealed record Model(Query Query, Page<Row> Results, int Found, CatalogFacets Facets, IReadOnlyList<string> Genres, string? DidYouMean)
    {
        public bool IsCutShort => Found > CatalogQuery.MostResultsPaged;
    }

    public sealed class Handler(LibraryDbContext db, CatalogIndex index) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var hits = await index.SearchAsync(db, query.Index, cancellationToken);
            var rows = await db.Titles.AsNoTracking()
                .Where(title => hits.TitleIds.Contains(title.Id))
                .Select(title => new Row(
                    title.Id,
                    title.Title,
                    title.Author,
                    title.Isbn,
                    title.Genre,
                    title.Subjects,
                    title.Year,
                    title.ReadingLevel,
                    title.RatingCount == 0 ? null : (double)title.RatingTotal / title.RatingCount,
                    title.RatingCount))
                .ToDictionaryAsync(row => row.Id, cancellationToken);
            var inRankOrder = hits.TitleIds.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
            var paged = new Page<Row>(inRankOrder, query.Page, Paging.DefaultPageSize, Math.Min(hits.Total, CatalogQuery.MostResultsPaged));
            return new Model(query, paged, hits.Total, hits.Facets, hits.AllGenres, hits.DidYouMean);
        }
    }
}

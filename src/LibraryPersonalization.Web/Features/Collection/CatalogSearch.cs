namespace LibraryPersonalization.Web.Features.Collection;

public static class CatalogSearch
{
    public enum SortOrder
    {
        Title,
        Author,
        Newest,
        Rating,
    }

    public sealed record Query(string? Text, string? Genre, SortOrder Sort, int Page) : IQuery<Result<Model>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.BrowseCatalog;
    }

    public sealed record Row(int Id, string Title, string Author, string Isbn, string Genre, string Subjects, int Year, double? AverageRating, int RatingCount);

    public sealed record Model(Query Query, Page<Row> Results, IReadOnlyList<string> Genres);

    public sealed class Handler(LibraryDbContext db) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var titles = db.Titles.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.Text))
            {
                var pattern = LikePattern.Containing(query.Text.Trim());
                var isbnDigits = new string(query.Text.Where(char.IsAsciiDigit).ToArray());
                var isbnPattern = isbnDigits.Length >= 4 ? $"%{isbnDigits}%" : null;
                titles = titles.Where(title =>
                    EF.Functions.Like(title.Title, pattern, LikePattern.Escape) || EF.Functions.Like(title.Author, pattern, LikePattern.Escape)
                    || EF.Functions.Like(title.Genre, pattern, LikePattern.Escape) || EF.Functions.Like(title.Subjects, pattern, LikePattern.Escape)
                    || (isbnPattern != null && EF.Functions.Like(title.Isbn, isbnPattern)));
            }

            if (!string.IsNullOrWhiteSpace(query.Genre))
            {
                titles = titles.Where(title => title.Genre == query.Genre);
            }

            var sorted = query.Sort switch
            {
                SortOrder.Author => titles.OrderBy(title => title.Author).ThenBy(title => title.Title),
                SortOrder.Newest => titles.OrderByDescending(title => title.Year).ThenBy(title => title.Title),
                SortOrder.Rating => titles
                    .OrderByDescending(title => title.RatingCount == 0 ? 0 : (double)title.RatingTotal / title.RatingCount)
                    .ThenByDescending(title => title.RatingCount)
                    .ThenBy(title => title.Title),
                _ => titles.OrderBy(title => title.Title),
            };
            var rows = sorted.Select(title => new Row(
                title.Id,
                title.Title,
                title.Author,
                title.Isbn,
                title.Genre,
                title.Subjects,
                title.Year,
                title.RatingCount == 0 ? null : (double)title.RatingTotal / title.RatingCount,
                title.RatingCount));

            var total = await titles.CountAsync(cancellationToken);
            var page = await rows.PageOf(query.Page).ToListAsync(cancellationToken);
            var genres = await db.Titles.Select(title => title.Genre).Distinct().OrderBy(genre => genre).ToListAsync(cancellationToken);
            return new Model(query, new Page<Row>(page, query.Page, Paging.DefaultPageSize, total), genres);
        }
    }
}

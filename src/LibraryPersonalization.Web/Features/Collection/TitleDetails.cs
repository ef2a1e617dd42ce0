namespace LibraryPersonalization.Web.Features.Collection;

public static class TitleDetails
{
    /// <summary>A title on hundreds of shelves names the first few and counts the rest.</summary>
    public const int ShelvesNamed = 12;

    public sealed record Query(int TitleId, Actor Actor, int ReviewPage = 1) : IQuery<Result<Model>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.BrowseCatalog;
    }

    public sealed record ShelfLink(int Id, string Name);

    public sealed record Model(
        TitleView Title,
        double? AverageRating,
        Page<ReviewView> Reviews,
        MyReviewView? MyReview,
        IReadOnlyList<string> Tags,
        IReadOnlyList<ShelfLink> Shelves,
        int ShelfCount,
        IReadOnlyList<ShelfLink> MyShelves);

    public sealed record TitleView(int Id, string Title, string Author, string Genre, int Year, string Publisher, string Isbn, string Summary, string Subjects, string? Series, string? ReadingLevel, int RatingCount);

    public sealed record ReviewView(int Id, string AuthorName, int Rating, string Text, DateTimeOffset CreatedAt);

    public sealed record MyReviewView(int Rating, string Text, ModerationStatus Status);

    public sealed class Handler(LibraryDbContext db) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var title = await db.Titles.AsNoTracking().SingleOrDefaultAsync(title => title.Id == query.TitleId, cancellationToken);
            if (title is null)
            {
                return new NotFound("That title is not in the catalog.");
            }

            var userId = query.Actor.UserId;
            var reviewPage = Math.Min(query.ReviewPage, Paging.PageCount(title.RatingCount));
            var published = await db.Reviews.AsNoTracking()
                .Where(review => review.TitleId == title.Id && review.Status == ModerationStatus.Published)
                .OrderByDescending(review => review.CreatedAt)
                .ThenByDescending(review => review.Id)
                .PageOf(reviewPage)
                .Select(review => new ReviewView(review.Id, review.AuthorName, review.Rating, review.Text, review.CreatedAt))
                .ToListAsync(cancellationToken);
            var myReview = await db.Reviews.AsNoTracking().Where(review => review.TitleId == title.Id && review.AuthorId == userId)
                .Select(review => new MyReviewView(review.Rating, review.Text, review.Status)).SingleOrDefaultAsync(cancellationToken);
            var tags = await db.TitleTags.AsNoTracking().Where(tag => tag.TitleId == title.Id).OrderBy(tag => tag.Tag).Select(tag => tag.Tag).ToListAsync(cancellationToken);
            // From the title's shelf items (indexed by title), not from every shelf asking whether it holds the title.
            var shelves = await db.ShelfItems.Where(item => item.TitleId == title.Id)
                .Join(db.Shelves, item => item.ShelfId, shelf => shelf.Id, (item, shelf) => shelf)
                .OrderBy(shelf => shelf.Name)
                .Take(ShelvesNamed)
                .Select(shelf => new ShelfLink(shelf.Id, shelf.Name))
                .ToListAsync(cancellationToken);
            var shelfCount = await Paging.CountAsync(shelves.Count, ShelvesNamed, () => db.ShelfItems.CountAsync(item => item.TitleId == title.Id, cancellationToken));
            var myShelves = await db.Shelves.AsNoTracking()
                .Where(shelf => query.Actor.IsStaff || shelf.CuratorId == userId)
                .OrderBy(shelf => shelf.Name)
                .Select(shelf => new ShelfLink(shelf.Id, shelf.Name))
                .ToListAsync(cancellationToken);
            var view = new TitleView(title.Id, title.Title, title.Author, title.Genre, title.Year, title.Publisher, title.Isbn, title.Summary, title.Subjects, title.Series, title.ReadingLevel, title.RatingCount);
            var reviews = new Page<ReviewView>(published, reviewPage, Paging.DefaultPageSize, title.RatingCount);
            return new Model(view, title.AverageRating, reviews, myReview, tags, shelves, shelfCount, myShelves);
        }
    }
}

namespace LibraryPersonalization.Web.Features.Collection;

public static class TitleDetails
{
    public const int LatestReviewsShown = 50;

    public sealed record Query(int TitleId, Actor Actor) : IQuery<Result<Model>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.BrowseCatalog;
    }

    public sealed record ShelfLink(int Id, string Name);

    public sealed record Model(
        TitleView Title,
        double? AverageRating,
        IReadOnlyList<ReviewView> Reviews,
        MyReviewView? MyReview,
        IReadOnlyList<string> Tags,
        IReadOnlyList<ShelfLink> Shelves,
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
            var published = await db.Reviews.AsNoTracking()
                .Where(review => review.TitleId == title.Id && review.Status == ModerationStatus.Published)
                .OrderByDescending(review => review.CreatedAt)
                .Take(LatestReviewsShown)
                .Select(review => new ReviewView(review.Id, review.AuthorName, review.Rating, review.Text, review.CreatedAt))
                .ToListAsync(cancellationToken);
            var myReview = await db.Reviews.AsNoTracking().Where(review => review.TitleId == title.Id && review.AuthorId == userId)
                .Select(review => new MyReviewView(review.Rating, review.Text, review.Status)).SingleOrDefaultAsync(cancellationToken);
            var tags = await db.TitleTags.AsNoTracking().Where(tag => tag.TitleId == title.Id).OrderBy(tag => tag.Tag).Select(tag => tag.Tag).ToListAsync(cancellationToken);
            var shelves = await db.Shelves.AsNoTracking()
                .Where(shelf => shelf.Items.Any(item => item.TitleId == title.Id))
                .OrderBy(shelf => shelf.Name)
                .Select(shelf => new ShelfLink(shelf.Id, shelf.Name))
                .ToListAsync(cancellationToken);
            var myShelves = await db.Shelves.AsNoTracking()
                .Where(shelf => query.Actor.IsStaff || shelf.CuratorId == userId)
                .OrderBy(shelf => shelf.Name)
                .Select(shelf => new ShelfLink(shelf.Id, shelf.Name))
                .ToListAsync(cancellationToken);
            var view = new TitleView(title.Id, title.Title, title.Author, title.Genre, title.Year, title.Publisher, title.Isbn, title.Summary, title.Subjects, title.Series, title.ReadingLevel, title.RatingCount);
            return new Model(view, title.AverageRating, published, myReview, tags, shelves, myShelves);
        }
    }
}

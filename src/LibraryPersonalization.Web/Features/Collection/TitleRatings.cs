namespace LibraryPersonalization.Web.Features.Collection;

public static class TitleRatings
{
    /// <summary>Adds a newly published rating to the title's totals in one atomic update, so parallel publications all count.</summary>
    public static Task CountPublishedRatingAsync(this LibraryDbContext db, int titleId, int rating, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Titles.Where(title => title.Id == titleId).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(title => title.RatingCount, title => title.RatingCount + 1)
                .SetProperty(title => title.RatingTotal, title => title.RatingTotal + rating),
            cancellationToken);
    }
}

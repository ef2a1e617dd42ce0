namespace LibraryPersonalization.Web.Features.Collection;

public static class TitleRatings
{
    /// <summary>Adds a newly published rating to the title's totals in one atomic update, so parallel publications all count.</summary>
    public static Task CountPublishedRatingAsync(this LibraryDbContext db, int titleId, int rating, CancellationToken cancellationToken) =>
        db.ShiftRatingTotalsAsync(titleId, 1, rating, cancellationToken);

    /// <summary>Takes a rating that is no longer published out of the title's totals.</summary>
    public static Task UncountPublishedRatingAsync(this LibraryDbContext db, int titleId, int rating, CancellationToken cancellationToken) =>
        db.ShiftRatingTotalsAsync(titleId, -1, -rating, cancellationToken);

    private static Task<int> ShiftRatingTotalsAsync(this LibraryDbContext db, int titleId, int count, int total, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.CatalogIndexChanges.Add(new CatalogIndexChange { TitleId = titleId });
        return db.Titles.Where(title => title.Id == titleId).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(title => title.RatingCount, title => title.RatingCount + count)
                .SetProperty(title => title.RatingTotal, title => title.RatingTotal + total),
            cancellationToken);
    }
}

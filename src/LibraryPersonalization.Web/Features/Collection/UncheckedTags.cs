namespace LibraryPersonalization.Web.Features.Collection;

/// <summary>Tags staff have not checked yet, for the moderation page and the count on staff's home.</summary>
internal static class UncheckedTags
{
    /// <summary>
    /// Compared with a parameter, not written as <c>!tag.CheckedByStaff</c>: EF Core sends that as <c>NOT (CheckedByStaff)</c>,
    /// which SQLite cannot look up in the index, so it read every tag.
    /// </summary>
    public static IQueryable<TitleTag> In(LibraryDbContext db) => db.TitleTags.Where(tag => tag.CheckedByStaff == EF.Parameter(false));
}

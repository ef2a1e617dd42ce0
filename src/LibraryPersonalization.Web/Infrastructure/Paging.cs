namespace LibraryPersonalization.Web.Infrastructure;

public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int PageCount => Paging.PageCount(TotalCount, PageSize);
}

public static class Paging
{
    public const int DefaultPageSize = 20;

    public static int Clamp(int? page) => Math.Max(1, page ?? 1);

    public static int PageCount(int totalCount, int pageSize = DefaultPageSize) => Math.Max(1, (int)Math.Ceiling(totalCount / (double)pageSize));

    public static IQueryable<T> PageOf<T>(this IQueryable<T> query, int pageNumber, int pageSize = DefaultPageSize) =>
        query.Skip((pageNumber - 1) * pageSize).Take(pageSize);
}

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

    /// <summary>
    /// How many rows match in all, from the rows a list read with this limit when it came up short (then those were all),
    /// and from <paramref name="countAll"/> only when it was full.
    /// </summary>
    public static async Task<int> CountAsync(int read, int limit, Func<Task<int>> countAll)
    {
        ArgumentNullException.ThrowIfNull(countAll);
        return read < limit ? read : await countAll();
    }

    public static IQueryable<T> PageOf<T>(this IQueryable<T> query, int pageNumber, int pageSize = DefaultPageSize) =>
        query.Skip((pageNumber - 1) * pageSize).Take(pageSize);
}

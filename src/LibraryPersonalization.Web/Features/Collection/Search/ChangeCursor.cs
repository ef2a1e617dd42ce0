namespace LibraryPersonalization.Web.Features.Collection.Search;

/// <summary>
/// How far the index has read the change log. Ids are handed out when a row is written but become visible when its
/// transaction commits, so a lower id can appear after a higher one: a missing id is looked for again until it turns
/// up or is old enough to belong to a transaction that rolled back.
/// </summary>
public sealed class ChangeCursor(TimeSpan patience)
{
    /// <summary>More missing ids than this in one step is an identity jump (SQL Server skips 1,000 after a restart), not open transactions.</summary>
    private const int MostGapsWaitedFor = 100;

    private readonly Dictionary<long, DateTimeOffset> gaps = [];
    private long applied;
    private volatile bool hasGaps;

    public long Applied => Interlocked.Read(ref applied);

    public bool HasGaps => hasGaps;

    public IReadOnlyList<long> Gaps => [.. gaps.Keys];

    public void Reset(long latest)
    {
        gaps.Clear();
        hasGaps = false;
        Interlocked.Exchange(ref applied, latest);
    }

    public void Advance(IReadOnlyCollection<long> seen, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(seen);
        var seenIds = seen.ToHashSet();
        foreach (var id in seenIds)
        {
            gaps.Remove(id);
        }

        var from = Applied;
        var highest = seenIds.Count == 0 ? from : Math.Max(from, seenIds.Max());
        var missing = Enumerable.Range(1, (int)Math.Min(highest - from, int.MaxValue)).Select(step => from + step).Where(id => id < highest && !seenIds.Contains(id)).Take(MostGapsWaitedFor + 1).ToList();
        if (missing.Count <= MostGapsWaitedFor)
        {
            missing.ForEach(id => gaps[id] = now);
        }

        foreach (var expired in gaps.Where(gap => now - gap.Value > patience).Select(gap => gap.Key).ToList())
        {
            gaps.Remove(expired);
        }

        hasGaps = gaps.Count > 0;
        Interlocked.Exchange(ref applied, highest);
    }
}

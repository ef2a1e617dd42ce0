using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LibraryPersonalization.Web.Features.Collection.Search;

public sealed record FacetCount(string Value, int Count);

/// <summary>How many of the matching titles fall under each genre, subject, decade and reading level.</summary>
public sealed record CatalogFacets(
    IReadOnlyList<FacetCount> Genres,
    IReadOnlyList<FacetCount> Subjects,
    IReadOnlyList<FacetCount> Decades,
    IReadOnlyList<FacetCount> ReadingLevels);

/// <summary>Counts facets over every matching title while the top page is collected, in the same pass.</summary>
internal sealed class FacetCounter : ICollector
{
    private const int MostSubjectsShown = 12;
    private readonly Dictionary<string, int> genres = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> subjects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> levels = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> decades = [];
    private readonly List<SegmentCounts> segment = [];
    private NumericDocValues? years;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Flush();
        AddSegment(context.AtomicReader, CatalogFields.GenreFacet, genres);
        AddSegment(context.AtomicReader, CatalogFields.SubjectFacet, subjects);
        AddSegment(context.AtomicReader, CatalogFields.LevelFacet, levels);
        years = context.AtomicReader.GetNumericDocValues(CatalogFields.Year);
    }

    public void Collect(int doc)
    {
        foreach (var counts in segment)
        {
            counts.Count(doc);
        }

        if (years is not null)
        {
            var decade = (int)(years.Get(doc) / 10 * 10);
            decades[decade] = decades.GetValueOrDefault(decade) + 1;
        }
    }

    public CatalogFacets Counted()
    {
        Flush();
        return new(
            MostFirst(genres),
            MostFirst(subjects).Take(MostSubjectsShown).ToList(),
            decades.OrderByDescending(decade => decade.Key).Select(decade => new FacetCount(decade.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), decade.Value)).ToList(),
            Domain.Catalog.ReadingLevels.All.Where(levels.ContainsKey).Select(level => new FacetCount(level, levels[level])).ToList());
    }

    private static List<FacetCount> MostFirst(Dictionary<string, int> counts) =>
        counts.OrderByDescending(count => count.Value).ThenBy(count => count.Key, StringComparer.OrdinalIgnoreCase).Select(count => new FacetCount(count.Key, count.Value)).ToList();

    private void AddSegment(AtomicReader reader, string field, Dictionary<string, int> totals)
    {
        if (reader.GetSortedSetDocValues(field) is { } values)
        {
            segment.Add(new SegmentCounts(values, totals));
        }
    }

    private void Flush()
    {
        foreach (var counts in segment)
        {
            counts.AddToTotals();
        }

        segment.Clear();
    }

    /// <summary>Counts by the segment's value numbers, then turns the few that occurred into names once.</summary>
    private sealed class SegmentCounts(SortedSetDocValues values, Dictionary<string, int> totals)
    {
        private readonly int[] counts = new int[values.ValueCount];

        public void Count(int doc)
        {
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                counts[ord]++;
            }
        }

        public void AddToTotals()
        {
            var name = new BytesRef();
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    values.LookupOrd(ord, name);
                    var key = name.Utf8ToString();
                    totals[key] = totals.GetValueOrDefault(key) + counts[ord];
                }
            }
        }
    }
}

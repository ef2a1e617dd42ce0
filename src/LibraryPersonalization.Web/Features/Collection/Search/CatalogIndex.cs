using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Caching.Memory;

namespace LibraryPersonalization.Web.Features.Collection.Search;

public sealed record CatalogHits(IReadOnlyList<int> TitleIds, int Total, CatalogFacets Facets, IReadOnlyList<string> AllGenres, string? DidYouMean);

/// <summary>A search as the index answers it, whatever the page and however the words were typed, for one version of the index.</summary>
internal sealed record AnswerKey(long IndexVersion, string Words, string? Genre, string? Subject, int? Decade, string? Level, CatalogSort Sort);

/// <summary>What one search found: the first documents in order (Lucene's numbers, valid for that index version), the count, facets and suggestion.</summary>
internal sealed record Answer(IReadOnlyList<int> FirstDocs, int Total, CatalogFacets Facets, string? DidYouMean);

/// <summary>Every genre in one version of the index, for the genre filter whatever the search.</summary>
internal sealed record GenreList(long IndexVersion, IReadOnlyList<string> Names);

/// <summary>
/// The catalog's full-text index (Lucene.NET, one per web instance, in a throwaway folder that it memory-maps). Every title change leaves a row in
/// <see cref="CatalogIndexChange"/> in the same transaction; before each search the index applies the rows it has not
/// seen, so a search always sees every committed change, whichever instance made it.
/// </summary>
public sealed class CatalogIndex : IDisposable
{
    /// <summary>Past this many changed titles at once (an import), building afresh is quicker than updating one by one.</summary>
    private const int MostTitlesUpdatedInPlace = 5_000;

    /// <summary>Answers are cached per index version, so a change to the catalog is never answered from an older version.</summary>
    private readonly MemoryCache answers = new(new MemoryCacheOptions { SizeLimit = 500 });

    private readonly Analyzer analyzer = CatalogAnalyzer.Create();
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"library-catalog-index-{Guid.NewGuid():N}");
    private readonly FSDirectory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly ChangeCursor cursor = new(TimeSpan.FromMinutes(1));
    private readonly TimeProvider clock;
    private readonly ILogger<CatalogIndex> logger;
    private volatile bool built;
    private volatile GenreList? genres;

    public CatalogIndex(TimeProvider clock, ILogger<CatalogIndex> logger)
    {
        this.clock = clock;
        this.logger = logger;
        directory = FSDirectory.Open(folder);
        writer = new IndexWriter(directory, new IndexWriterConfig(CatalogAnalyzer.Version, analyzer) { OpenMode = OpenMode.CREATE });
        writer.Commit();
        searchers = new SearcherManager(writer, true, null);
    }

    public async Task<CatalogHits> SearchAsync(LibraryDbContext db, CatalogQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await CatchUpAsync(db, cancellationToken);
        var searcher = searchers.Acquire();
        try
        {
            return Search(searcher, query);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>Builds the index on first use and afterwards applies the change rows it has not applied yet.</summary>
    public async Task CatchUpAsync(LibraryDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var latest = await db.CatalogIndexChanges.MaxAsync(change => (long?)change.Id, cancellationToken) ?? 0;
        if (built && latest <= cursor.Applied && !cursor.HasGaps)
        {
            return;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!built)
            {
                await RebuildAsync(db, latest, cancellationToken);
                built = true;
                // The start-up build's buffers (tens of MB for a large catalog) are garbage now: hand that memory back
                // before the first visitor. A rebuild for an import, later, runs while pages are served and is not paused so.
                GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            }
            else
            {
                await ApplyChangesAsync(db, cancellationToken);
            }

            searchers.MaybeRefreshBlocking();
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        answers.Dispose();
        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
        analyzer.Dispose();
        gate.Dispose();
        System.IO.Directory.Delete(folder, recursive: true);
    }

    private static IQueryable<IndexedTitle> Indexed(IQueryable<CatalogTitle> titles) =>
        titles.AsNoTracking().Select(title => new IndexedTitle(
            title.Id,
            title.Title,
            title.Author,
            title.Isbn,
            title.Genre,
            title.Subjects,
            title.Year,
            title.Summary,
            title.Series,
            title.ReadingLevel,
            title.RatingCount,
            title.RatingTotal,
            title.Tags.Select(tag => tag.Tag).ToList()));

    private async Task RebuildAsync(LibraryDbContext db, long latest, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        writer.DeleteAll();
        var count = 0;
        await foreach (var title in Indexed(db.Titles).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            writer.AddDocument(CatalogFields.ToDocument(title, SortKey));
            count++;
        }

        // One segment: every word a search looks up (and every typo it forgives) is then sought once, not once per segment.
        writer.ForceMerge(1);
        writer.Commit();
        cursor.Reset(latest);
        logger.LogInformation("Catalog index built: {Titles} titles in {Milliseconds:0} ms", count, clock.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task ApplyChangesAsync(LibraryDbContext db, CancellationToken cancellationToken)
    {
        var applied = cursor.Applied;
        var gaps = cursor.Gaps;
        var changes = await db.CatalogIndexChanges.AsNoTracking()
            .Where(change => change.Id > applied || gaps.Contains(change.Id))
            .Select(change => new { change.Id, TitleId = change.TitleId ?? change.RemovedTitleId })
            .ToListAsync(cancellationToken);
        // A change with neither id was to a title removed since; that removal's own row drops it.
        var titleIds = changes.Select(change => change.TitleId).OfType<int>().Distinct().ToList();
        if (titleIds.Count > MostTitlesUpdatedInPlace)
        {
            await RebuildAsync(db, changes.Max(change => change.Id), cancellationToken);
            return;
        }

        var titles = await Indexed(db.Titles.Where(title => titleIds.Contains(title.Id))).ToListAsync(cancellationToken);
        foreach (var title in titles)
        {
            writer.UpdateDocument(IdTerm(title.Id), CatalogFields.ToDocument(title, SortKey));
        }

        foreach (var removed in titleIds.Except(titles.Select(title => title.Id)))
        {
            writer.DeleteDocuments(IdTerm(removed));
        }

        cursor.Advance(changes.Select(change => change.Id).ToList(), clock.GetUtcNow());
    }

    private CatalogHits Search(IndexSearcher searcher, CatalogQuery query)
    {
        var text = (query.Text ?? string.Empty).Trim();
        var words = CatalogAnalyzer.Words(analyzer, text).Take(CatalogQuery.MostWords).ToList();
        var isbn = Domain.Catalog.Isbn.TryNormalize(text, out var isbn13) ? isbn13 : null;
        var version = ((DirectoryReader)searcher.IndexReader).Version;
        var key = new AnswerKey(version, isbn ?? string.Join(' ', words), query.Genre, query.Subject, query.Decade, query.Level, query.Sort);
        var answer = answers.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromMinutes(10);
            return Answer(searcher, query, isbn, words);
        })!;

        var ids = answer.FirstDocs.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(doc => int.Parse(searcher.Doc(doc).Get(CatalogFields.Id, System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        var allGenres = genres is { } known && known.IndexVersion == version ? known : genres = new GenreList(version, AllGenres(searcher));
        return new CatalogHits(ids, answer.Total, answer.Facets, allGenres.Names, answer.DidYouMean);
    }

    /// <summary>Runs the search: the documents the pages reach, in order, and every match counted into the facets.</summary>
    private static Answer Answer(IndexSearcher searcher, CatalogQuery query, string? isbn, List<string> words)
    {
        Query matching = isbn is not null ? CatalogQueryBuilder.Isbn(isbn)
            : words.Count == 0 ? new MatchAllDocsQuery()
            : CatalogQueryBuilder.Words(words, string.Join(' ', words), word => IsIndexed(searcher, word));
        var top = TopFieldCollector.Create(CatalogQueryBuilder.Order(query.Sort, ranked: isbn is null && words.Count > 0), CatalogQuery.MostResultsPaged, false, false, false, false);
        var facets = new FacetCounter();
        searcher.Search(matching, CatalogQueryBuilder.Narrowing(query), MultiCollector.Wrap(top, facets));
        var firstDocs = top.GetTopDocs().ScoreDocs.Select(hit => hit.Doc).ToList();
        var didYouMean = top.TotalHits == 0 && isbn is null && words.Count > 0 ? Correction(searcher, words) : null;
        return new Answer(firstDocs, top.TotalHits, facets.Counted(), didYouMean);
    }

    private static bool IsIndexed(IndexSearcher searcher, string word) =>
        searcher.IndexReader.DocFreq(new Term(CatalogFields.Everything, word)) > 0 || searcher.IndexReader.DocFreq(new Term(CatalogFields.Summary, word)) > 0;

    /// <summary>The nearest indexed word (two edits at most) for each word no title contains; null when none is closer.</summary>
    private static string? Correction(IndexSearcher searcher, IReadOnlyList<string> words)
    {
        var corrected = words.Select(word =>
        {
            if (searcher.IndexReader.DocFreq(new Term(CatalogFields.Everything, word)) > 0)
            {
                return word;
            }

            var nearest = searcher.Rewrite(new FuzzyQuery(new Term(CatalogFields.Everything, word), 2, 0)) as BooleanQuery;
            return nearest?.Clauses.Select(clause => clause.Query).OfType<TermQuery>()
                .OrderByDescending(candidate => candidate.Boost)
                .ThenByDescending(candidate => searcher.IndexReader.DocFreq(candidate.Term))
                .Select(candidate => candidate.Term.Text)
                .FirstOrDefault() ?? word;
        }).ToList();
        return corrected.SequenceEqual(words) ? null : string.Join(' ', corrected);
    }

    private static List<string> AllGenres(IndexSearcher searcher)
    {
        var genres = new SortedSet<string>(StringComparer.Ordinal);
        if (MultiFields.GetTerms(searcher.IndexReader, CatalogFields.GenreFacet) is { } terms)
        {
            var each = terms.GetEnumerator();
            while (each.MoveNext())
            {
                // Searched, not read from the term's document frequency, which still counts removed titles until their segment is merged.
                if (searcher.Search(new TermQuery(new Term(CatalogFields.GenreFacet, BytesRef.DeepCopyOf(each.Term))), 1).TotalHits > 0)
                {
                    genres.Add(each.Term.Utf8ToString());
                }
            }
        }

        return [.. genres];
    }

    private static Term IdTerm(int id) => new(CatalogFields.Id, id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string SortKey(string text) => SearchFolding.Fold(text);
}

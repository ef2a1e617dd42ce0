using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LibraryPersonalization.Web.Features.Collection.Search;

public enum CatalogSort
{
    Relevance,
    Title,
    Author,
    Newest,
    Rating,
}

/// <summary>What a reader asked the catalog: words, the facets they narrowed to, an order and a page.</summary>
public sealed record CatalogQuery(string? Text, string? Genre, string? Subject, int? Decade, string? Level, CatalogSort Sort, int Page, int PageSize)
{
    /// <summary>A pasted paragraph stays one cheap query.</summary>
    public const int MostWords = 8;

    /// <summary>Pages reach the first fifty pages of a result, kept with the cached answer; words and facets narrow the rest.</summary>
    public const int MostResultsPaged = 1_000;

    public bool IsNarrowed => Genre is not null || Subject is not null || Decade is not null || Level is not null;
}

/// <summary>Turns a reader's words into a ranked Lucene query: every word must match somewhere, title and author count most.</summary>
internal static class CatalogQueryBuilder
{
    private const int ShortestFuzzyWord = 4;

    /// <summary>A short last word is more likely unfinished than misspelt: "tolk" means Tolkien, not "told".</summary>
    private const int ShortestFuzzyWordBeingTyped = 5;
    private const int ShortestPrefix = 2;

    /// <summary>Where a prefix or a typo is looked for: the fields a book is named by, at their weights, and the rest at one.</summary>
    private static readonly (string Field, float Weight)[] LooseFields =
    [
        .. CatalogFields.Weighted.Where(weighted => weighted.Field is CatalogFields.Title or CatalogFields.Author or CatalogFields.Series),
        (CatalogFields.Everything, 1f),
    ];

    private static readonly (string Field, float Weight)[] TitleOnly = [(CatalogFields.Title, 1f)];

    /// <summary>Every word must match; only a word the catalog does not contain (<paramref name="isIndexed"/>) is looked up with a typo forgiven.</summary>
    public static Query Words(IReadOnlyList<string> words, string exactTitle, Func<string, bool> isIndexed)
    {
        var query = new BooleanQuery();
        var allInTitle = new BooleanQuery { Boost = 3f };
        for (var index = 0; index < words.Count; index++)
        {
            var typing = index == words.Count - 1;
            var misspelt = !isIndexed(words[index]);
            query.Add(AnyOf(words[index], typing, misspelt, CatalogFields.Weighted, LooseFields), Occur.MUST);
            allInTitle.Add(AnyOf(words[index], typing, misspelt, TitleOnly, TitleOnly), Occur.MUST);
        }

        query.Add(new TermQuery(new Term(CatalogFields.ExactTitle, exactTitle)) { Boost = 20f }, Occur.SHOULD);
        if (words.Count > 1)
        {
            query.Add(allInTitle, Occur.SHOULD);
            query.Add(Phrase(CatalogFields.Title, words, 6f), Occur.SHOULD);
            query.Add(Phrase(CatalogFields.Author, words, 4f), Occur.SHOULD);
        }

        return query;
    }

    public static Query Isbn(string isbn13) => new TermQuery(new Term(CatalogFields.Isbn, isbn13));

    public static Filter? Narrowing(CatalogQuery query)
    {
        if (!query.IsNarrowed)
        {
            return null;
        }

        var filter = new BooleanQuery();
        AddExact(filter, CatalogFields.GenreFacet, query.Genre);
        AddExact(filter, CatalogFields.SubjectFacet, query.Subject);
        AddExact(filter, CatalogFields.LevelFacet, query.Level);
        if (query.Decade is { } decade)
        {
            filter.Add(NumericRangeQuery.NewInt32Range(CatalogFields.YearRange, decade, decade + 9, true, true), Occur.MUST);
        }

        return new QueryWrapperFilter(filter);
    }

    public static Sort Order(CatalogSort sort, bool ranked)
    {
        var byTitle = new SortField(CatalogFields.SortTitle, SortFieldType.STRING);
        return sort switch
        {
            CatalogSort.Author => new Sort(new SortField(CatalogFields.SortAuthor, SortFieldType.STRING), byTitle),
            CatalogSort.Newest => new Sort(new SortField(CatalogFields.Year, SortFieldType.INT64, true), byTitle),
            CatalogSort.Rating => new Sort(new SortField(CatalogFields.Rating, SortFieldType.DOUBLE, true), new SortField(CatalogFields.RatingCount, SortFieldType.INT64, true), byTitle),
            CatalogSort.Relevance when ranked => new Sort(SortField.FIELD_SCORE, byTitle),
            _ => new Sort(byTitle),
        };
    }

    /// <summary>The word as typed, the word still being typed (prefix), or the word with one typo in a longer word, in any of the fields.</summary>
    private static DisjunctionMaxQuery AnyOf(string word, bool typing, bool misspelt, IReadOnlyList<(string Field, float Weight)> exact, IReadOnlyList<(string Field, float Weight)> loose)
    {
        var anyField = new DisjunctionMaxQuery(0.1f);
        foreach (var (field, weight) in exact)
        {
            anyField.Add(new TermQuery(new Term(field, word)) { Boost = weight });
        }

        foreach (var (field, weight) in loose)
        {
            if (typing && word.Length >= ShortestPrefix)
            {
                anyField.Add(new PrefixQuery(new Term(field, word)) { Boost = weight * 0.6f });
            }

            if (misspelt && word.Length >= (typing ? ShortestFuzzyWordBeingTyped : ShortestFuzzyWord))
            {
                // Scored by closeness alone: a rare misspelling must not outrank the word itself through its rarity.
                anyField.Add(new FuzzyQuery(new Term(field, word), 1, 1) { Boost = weight * 0.5f, MultiTermRewriteMethod = new MultiTermQuery.TopTermsBoostOnlyBooleanQueryRewrite(50) });
            }
        }

        return anyField;
    }

    private static PhraseQuery Phrase(string field, IEnumerable<string> words, float boost)
    {
        var phrase = new PhraseQuery { Boost = boost };
        foreach (var word in words)
        {
            phrase.Add(new Term(field, word));
        }

        return phrase;
    }

    private static void AddExact(BooleanQuery filter, string field, string? value)
    {
        if (value is not null)
        {
            filter.Add(new TermQuery(new Term(field, value)), Occur.MUST);
        }
    }
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace LibraryPersonalization.Web.Features.Collection.Search;

/// <summary>
/// How catalog text becomes search words, the same for titles and for what people type: lower case, accents folded
/// ("Pokémon" is "pokemon"), and plurals made singular ("dragons" finds "dragon").
/// </summary>
public static class CatalogAnalyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Create() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream words = new LowerCaseFilter(Version, tokenizer);
        words = new ASCIIFoldingFilter(words);
        words = new EnglishMinimalStemFilter(words);
        return new TokenStreamComponents(tokenizer, words);
    });

    public static IReadOnlyList<string> Words(Analyzer analyzer, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var words = new List<string>();
        using var stream = analyzer.GetTokenStream(CatalogFields.Everything, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return words;
    }
}

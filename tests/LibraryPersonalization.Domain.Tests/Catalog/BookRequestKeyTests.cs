using LibraryPersonalization.Domain.Catalog;

namespace LibraryPersonalization.Domain.Tests.Catalog;

public class BookRequestKeyTests
{
    [Theory]
    [InlineData("9780547928227")]
    [InlineData("978-0-547-92822-7")]
    [InlineData("978 0 547 92822 7")]
    [InlineData(" ISBN: 978-0547-928227 ")]
    public void The_same_isbn_written_with_different_punctuation_gives_the_same_key(string isbn)
    {
        Assert.Equal(
            BookRequest.KeyFor("The Hobbit", "J. R. R. Tolkien", "9780547928227"),
            BookRequest.KeyFor("The Hobbit", "J. R. R. Tolkien", isbn));
    }

    [Fact]
    public void Different_isbns_give_different_keys()
    {
        Assert.NotEqual(
            BookRequest.KeyFor("The Hobbit", "J. R. R. Tolkien", "9780547928227"),
            BookRequest.KeyFor("The Hobbit", "J. R. R. Tolkien", "9780261103344"));
    }

    [Theory]
    [InlineData("the hobbit", "j. r. r. tolkien")]
    [InlineData("THE HOBBIT", "J.R.R. TOLKIEN")]
    [InlineData("The Hobbit!", "JRR Tolkien")]
    [InlineData("  The   Hobbit ", "J R R Tolkien")]
    [InlineData("The-Hobbit.", "J.-R.-R. Tolkien,")]
    public void The_same_title_and_author_differing_only_in_case_punctuation_or_spaces_give_the_same_key(string title, string author)
    {
        Assert.Equal(
            BookRequest.KeyFor("The Hobbit", "J. R. R. Tolkien", null),
            BookRequest.KeyFor(title, author, null));
    }

    [Fact]
    public void Different_titles_by_the_same_author_give_different_keys()
    {
        Assert.NotEqual(
            BookRequest.KeyFor("The Hobbit", "J. R. R. Tolkien", null),
            BookRequest.KeyFor("The Silmarillion", "J. R. R. Tolkien", null));
    }

    [Fact]
    public void The_same_title_by_different_authors_gives_different_keys()
    {
        Assert.NotEqual(
            BookRequest.KeyFor("Persuasion", "Jane Austen", null),
            BookRequest.KeyFor("Persuasion", "Someone Else", null));
    }
}

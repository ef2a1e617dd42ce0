using LibraryPersonalization.Domain.Catalog;

namespace LibraryPersonalization.Domain.Tests.Catalog;

public class IsbnTests
{
    [Theory]
    [InlineData("9780590353427", "9780590353427")]
    [InlineData("978-0-590-35342-7", "9780590353427")]
    [InlineData("0590353403", "9780590353403")]
    [InlineData("0-590-35340-3", "9780590353403")]
    [InlineData("080442957X", "9780804429573")]
    [InlineData("080442957x", "9780804429573")]
    public void Valid_isbns_become_their_thirteen_digit_form(string typed, string expected)
    {
        Assert.True(Isbn.TryNormalize(typed, out var isbn13));
        Assert.Equal(expected, isbn13);
    }

    [Theory]
    [InlineData("9780590353428")]
    [InlineData("0590353404")]
    [InlineData("059035340")]
    [InlineData("harry potter")]
    [InlineData("")]
    [InlineData(null)]
    public void Wrong_check_digits_and_other_text_are_not_isbns(string? typed) => Assert.False(Isbn.TryNormalize(typed, out _));
}

using System.Text.RegularExpressions;

namespace LibraryPersonalization.Web.Tests.Hosting;

/// <summary>Browsers keep versioned stylesheets and scripts for a year and get them compressed; pages are never compressed.</summary>
public partial class StaticAssetTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task The_layout_links_versioned_assets_that_may_be_kept_for_a_year()
    {
        using var client = app.CreateClient();
        var page = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        var stylesheet = VersionedStylesheet().Match(page);
        Assert.True(stylesheet.Success, "The layout links site.css without a version");

        using var response = await client.GetAsync(new Uri(WebUtility.HtmlDecode(stylesheet.Value), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task An_asset_asked_for_without_a_version_is_checked_with_the_server_on_each_use()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/js/site.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoCache, $"Cache-Control was {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task Stylesheets_are_compressed_and_pages_are_not()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip");

        using var stylesheet = await client.GetAsync(new Uri("/css/site.css", UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/account/login", UriKind.Relative));

        Assert.Equal("gzip", Assert.Single(stylesheet.Content.Headers.ContentEncoding));
        Assert.Empty(page.Content.Headers.ContentEncoding);
    }

    [GeneratedRegex("/css/site\\.css\\?v=[^\"]+")]
    private static partial Regex VersionedStylesheet();
}

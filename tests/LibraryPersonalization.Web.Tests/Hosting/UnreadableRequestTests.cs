namespace LibraryPersonalization.Web.Tests.Hosting;

/// <summary>Requests the site cannot read get a plain 400 or 413 page, never a 500, and the error page never fails.</summary>
public class UnreadableRequestTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task A_nul_character_in_a_sign_in_field_is_refused_without_a_server_error()
    {
        using var browser = app.NewBrowser();

        var response = await PostWithPageTokenAsync(browser, "/account/login", [new("Email", "maya\0@school.test"), new("Password", "x\0")]);

        Assert.InRange((int)response.StatusCode, 200, 499);
    }

    [Fact]
    public async Task Three_thousand_fields_answer_a_plain_400_page()
    {
        using var browser = app.NewBrowser();
        var fields = Enumerable.Range(0, 3000).Select(index => new KeyValuePair<string, string>($"field{index}", "x")).ToList();

        var response = await PostWithPageTokenAsync(browser, "/account/login", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Request not understood", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_five_megabyte_field_answers_a_413_page_saying_to_send_less()
    {
        using var browser = app.NewBrowser();

        var response = await PostWithPageTokenAsync(browser, "/account/login", [new("Email", new string('a', 5 * 1024 * 1024))]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Too much sent at once", page, StringComparison.Ordinal);
        Assert.Contains("That was more than the site accepts in one go.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_multipart_body_answers_a_plain_400_page()
    {
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        using var content = new StringContent("--boundary\r\nContent-Disposition: form-data; name=\"Title\"\r\n\r\nhalf a body");
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=boundary");

        var response = await student.Client.PostAsync(new Uri("/requests/new", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/error/0")]
    [InlineData("/error/999")]
    [InlineData("/error/2147483647")]
    [InlineData("/error/204")]
    [InlineData("/error/304")]
    [InlineData("/error/200")]
    public async Task The_error_page_only_ever_sends_an_error_status(string url)
    {
        using var browser = app.NewBrowser();

        var response = await browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_error_page_shows_a_real_error_status_it_is_given()
    {
        using var browser = app.NewBrowser();

        var response = await browser.GetAsync("/error/503");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/x")]
    [InlineData("http://localhost//evil.example/x")]
    [InlineData("http://localhost/\\evil.example")]
    public async Task A_form_refused_by_validation_with_a_crafted_referer_goes_home_instead_of_failing(string referer)
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        var titleId = await app.WithDbAsync(db => db.Titles.Select(title => title.Id).FirstAsync());
        var token = await student.AntiforgeryTokenAsync($"/catalog/{titleId}");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/catalog/{titleId}/tags", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("Tag", " "), new("__RequestVerificationToken", token)]),
        };
        request.Headers.TryAddWithoutValidation("Referer", referer);

        var response = await student.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    private static async Task<HttpResponseMessage> PostWithPageTokenAsync(TestBrowser browser, string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        await browser.PostWithTokenAsync(url, await browser.AntiforgeryTokenAsync(url), new Dictionary<string, string>(fields));
}

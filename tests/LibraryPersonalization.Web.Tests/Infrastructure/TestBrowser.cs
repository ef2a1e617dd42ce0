using System.Text.RegularExpressions;

namespace LibraryPersonalization.Web.Tests.Infrastructure;

/// <summary>A person at a browser: keeps cookies, reads the antiforgery token from the page, posts real forms.</summary>
public sealed partial class TestBrowser(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public async Task<HttpResponseMessage> LoginAsync(string email, string password = LibraryAppFactory.Password)
    {
        var response = await PostFormAsync("/account/login", "/account/login", new() { ["Email"] = email, ["Password"] = password });
        return response;
    }

    public static async Task<TestBrowser> SignedInAsync(LibraryAppFactory app, string email)
    {
        ArgumentNullException.ThrowIfNull(app);
        var browser = app.NewBrowser();
        var response = await browser.LoginAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Client.GetAsync(new Uri(url, UriKind.Relative));

    public async Task<string> GetPageAsync(string url)
    {
        var response = await GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Opens <paramref name="pageUrl"/> as a person would, then submits a form to <paramref name="actionUrl"/> with the page's token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, string actionUrl, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var page = await (await GetAsync(pageUrl)).Content.ReadAsStringAsync();
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"No antiforgery token on {pageUrl}");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        using var content = new FormUrlEncodedContent(form);
        return await Client.PostAsync(new Uri(actionUrl, UriKind.Relative), content);
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

namespace LibraryPersonalization.Web.Tests.Infrastructure;

/// <summary>A person at a browser: keeps cookies, opens pages and submits the forms those pages render.</summary>
public sealed class TestBrowser(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public async Task<HttpResponseMessage> LoginAsync(string email, string password = LibraryAppFactory.Password) =>
        await SubmitAsync("/account/login", "Sign in", new() { ["School email"] = email, ["Password"] = password });

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

    /// <summary>Opens <paramref name="pageUrl"/> and takes the form whose button reads <paramref name="button"/>
    /// (in the row or card showing <paramref name="near"/> when several have it), ready to fill and submit.</summary>
    public async Task<WebForm> OpenFormAsync(string pageUrl, string button, string? near = null) =>
        WebForm.Find(await GetPageAsync(pageUrl), pageUrl, button, near, this);

    /// <summary>Opens the page, fills the form with the button <paramref name="button"/> by labels (or names), and presses it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, string button, Dictionary<string, string>? fields = null, string? near = null)
    {
        var form = await OpenFormAsync(pageUrl, button, near);
        return await form.Fill(fields ?? []).SubmitAsync();
    }

    /// <summary>
    /// A request no page offers: posts <paramref name="fields"/> to <paramref name="actionUrl"/> with a valid token taken
    /// from <paramref name="tokenPageUrl"/>. Only for tests of what the server refuses (forms not shown to this person,
    /// values no form offers); a journey submits the rendered form with <see cref="SubmitAsync"/>.
    /// </summary>
    public async Task<HttpResponseMessage> ForgePostAsync(string tokenPageUrl, string actionUrl, Dictionary<string, string> fields) =>
        await PostWithTokenAsync(actionUrl, await AntiforgeryTokenAsync(tokenPageUrl), fields);

    /// <summary>The antiforgery token any form on <paramref name="pageUrl"/> carries.</summary>
    public async Task<string> AntiforgeryTokenAsync(string pageUrl)
    {
        var page = await (await GetAsync(pageUrl)).Content.ReadAsStringAsync();
        var token = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.True(token is not null, $"No antiforgery token on {pageUrl}");
        return token;
    }

    /// <summary>Posts <paramref name="fields"/> with a token read earlier (or none), so many posts can leave at the same instant.</summary>
    public async Task<HttpResponseMessage> PostWithTokenAsync(string actionUrl, string? token, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var form = new Dictionary<string, string>(fields);
        if (token is not null)
        {
            form["__RequestVerificationToken"] = token;
        }

        using var content = new FormUrlEncodedContent(form);
        return await Client.PostAsync(new Uri(actionUrl, UriKind.Relative), content);
    }

    public void Dispose() => Client.Dispose();
}

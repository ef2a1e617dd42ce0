namespace LibraryPersonalization.Web.Tests.Infrastructure;

/// <summary>Cookies the test can read and copy, as someone who took them from a shared computer could.</summary>
public sealed class CookieJar : DelegatingHandler
{
    public CookieJar()
    {
    }

    public CookieJar(string name, string value) => Cookies[name] = value;

    public Dictionary<string, string> Cookies { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", Cookies.Select(cookie => $"{cookie.Key}={cookie.Value}")));
        }

        var response = await base.SendAsync(request, cancellationToken);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';', 2)[0].Split('=', 2);
            if (header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                Cookies.Remove(pair[0]);
            }
            else
            {
                Cookies[pair[0]] = pair[1];
            }
        }

        return response;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace LibraryPersonalization.Web.Tests.HostileInput;

/// <summary>
/// Sends each discovered form again with one thing wrong in it, one request at a time so that any change to the
/// database belongs to the request just sent, and notes every answer that is not a clear refusal or a harmless acceptance.
/// </summary>
public sealed partial class HostileRun(LibraryAppFactory app, TestBrowser browser)
{
    private const string Token = "__RequestVerificationToken";

    /// <summary>More redirects in a row than any page of the site sends: a browser would be going round in circles.</summary>
    private const int MaxRedirects = 5;

    private DatabaseFingerprint? current;

    private enum Expect
    {
        /// <summary>Accepted, or refused with nothing changed.</summary>
        HarmlessAnswer,

        /// <summary>Refused with 400 and nothing changed: the antiforgery check.</summary>
        BadRequest,

        /// <summary>Refused (the record does not exist) with nothing changed.</summary>
        Refusal,

        /// <summary>Nothing changed, whatever the answer: another person's record.</summary>
        NothingChanged,
    }

    private enum Outcome
    {
        Refused,
        Accepted,
        Unexplained,
        Broken,
    }

    public int Requests { get; private set; }

    /// <summary>How many of the requests were refused.</summary>
    public int Refusals { get; private set; }

    public List<string> Problems { get; } = [];

    /// <summary>
    /// Every case for every form of <paramref name="crawl"/>: each field with each of its hostile values and missing;
    /// for a POST, no antiforgery token and each of <paramref name="foreignTokens"/>; for an address with ids, each id
    /// made nonexistent, and each address <paramref name="foreignActions"/> finds for another person's record of that kind.
    /// </summary>
    public async Task RunAsync(Crawl crawl, IReadOnlyList<(string Whose, string Token)> foreignTokens, Func<WebForm, Task<IReadOnlyList<string>>> foreignActions)
    {
        ArgumentNullException.ThrowIfNull(crawl);
        ArgumentNullException.ThrowIfNull(foreignTokens);
        ArgumentNullException.ThrowIfNull(foreignActions);
        current = await DatabaseFingerprint.TakeAsync(app);
        foreach (var form in crawl.Forms)
        {
            await RunFormAsync(form, foreignTokens, foreignActions);
        }
    }

    private async Task RunFormAsync(WebForm form, IReadOnlyList<(string Whose, string Token)> foreignTokens, Func<WebForm, Task<IReadOnlyList<string>>> foreignActions)
    {
        var fields = form.Fields.ToList();
        List<KeyValuePair<string, string>>? saved = null;

        // The rows of one list (Days[0].Opens to Days[6].Opens) bind and validate alike: the first stands for the rest.
        var rows = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in form.Inputs.Where(input => input.Name != Token && rows.Add(RowIndex().Replace(input.Name, "[n]"))))
        {
            var rendered = fields.FirstOrDefault(field => field.Key == input.Name).Value;
            var cases = HostileValues.For(input, rendered).Select(value => (What: $"{input.Name} = {value.Name}", Fields: With(fields, input.Name, value.Value)))
                .Append(($"{input.Name} missing", Without(fields, input.Name)));
            foreach (var (what, hostile) in cases)
            {
                if (await SendAsync(form, what, hostile, Expect.HarmlessAnswer))
                {
                    saved ??= hostile;
                }
            }
        }

        // The remaining cases send what the server saved for this person's own record when it saved any, so that a
        // check refusing them is the token's or the record's, not the validator's refusing an empty field.
        var wouldSave = saved ?? fields;
        var sent = saved is null ? "the form as rendered" : "values it saved for the person's own record";
        if (form.Method == "POST")
        {
            await SendAsync(form, $"{sent} and no antiforgery token", Without(wouldSave, Token), Expect.BadRequest);
            foreach (var (whose, token) in foreignTokens)
            {
                await SendAsync(form, $"{sent} and the antiforgery token of {whose}", With(wouldSave, Token, token), Expect.BadRequest);
            }
        }

        var ids = AddressShape.Ids(form.Action).Count;
        for (var position = 0; position < ids; position++)
        {
            var action = AddressShape.WithNonexistentId(form.Action, position);
            await SendAsync(form, $"{sent}, id {(position + 1).ToString(CultureInfo.InvariantCulture)} of the address made nonexistent", wouldSave, Expect.Refusal, action);
        }

        if (ids > 0)
        {
            foreach (var action in await foreignActions(form))
            {
                await SendAsync(form, $"{sent}, to another person's record", wouldSave, Expect.NothingChanged, action);
            }
        }
    }

    private static List<KeyValuePair<string, string>> With(List<KeyValuePair<string, string>> fields, string name, string value)
    {
        var changed = Without(fields, name);
        var at = fields.FindIndex(field => field.Key == name);
        changed.Insert(at < 0 ? changed.Count : at, new(name, value));
        return changed;
    }

    private static List<KeyValuePair<string, string>> Without(List<KeyValuePair<string, string>> fields, string name) =>
        fields.Where(field => field.Key != name).ToList();

    /// <summary>Sends one case and notes any problem; true when the server accepted it and saved something.</summary>
    private async Task<bool> SendAsync(WebForm form, string what, List<KeyValuePair<string, string>> fields, Expect expect, string? action = null)
    {
        using var response = await form.SendAsync(fields, action);
        Requests++;
        var before = current!;
        current = await DatabaseFingerprint.TakeAsync(app);
        var changes = current.ChangesSince(before);
        var (outcome, answer) = await ReadAsync(form, response);
        Refusals += outcome == Outcome.Refused ? 1 : 0;
        var problem = (outcome, expect) switch
        {
            (Outcome.Broken, _) => answer,
            (_, Expect.BadRequest) when response.StatusCode != HttpStatusCode.BadRequest => $"{answer}, not 400",
            (Outcome.Accepted or Outcome.Unexplained, Expect.Refusal) => $"{answer}: accepted an address naming nothing",
            (_, Expect.NothingChanged) when changes.Count > 0 => $"{answer} and changed {string.Join(", ", changes)}",
            (Outcome.Refused, _) when changes.Count > 0 => $"{answer}, a refusal, yet changed {string.Join(", ", changes)}",
            (Outcome.Unexplained, _) when changes.Count == 0 => $"{answer}: the form came back unsaved without saying why",
            _ => null,
        };
        if (problem is not null)
        {
            Problems.Add($"{form.Method} {action ?? form.Action} (form on {form.PageUrl}) with {what}: {problem}");
        }

        return outcome is Outcome.Accepted or Outcome.Unexplained && changes.Count > 0;
    }

    /// <summary>
    /// What the person sees: a refusal (an error page, a message on the form, an error flash after redirects), an
    /// acceptance, a form shown again with no word said (Unexplained), or something broken. Redirects are followed as a
    /// browser follows them, still naming the form's page as the referrer.
    /// </summary>
    private async Task<(Outcome Outcome, string Answer)> ReadAsync(WebForm form, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var answer = $"answered {status.ToString(CultureInfo.InvariantCulture)}";
        switch (response.StatusCode)
        {
            case >= HttpStatusCode.InternalServerError:
                return (Outcome.Broken, answer);
            case HttpStatusCode.BadRequest or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed
                or HttpStatusCode.Conflict or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnsupportedMediaType:
                return (await response.Content.ReadAsStringAsync()).Contains("<h1", StringComparison.Ordinal)
                    ? (Outcome.Refused, answer)
                    : (Outcome.Broken, $"{answer} with no page saying why");
            case HttpStatusCode.OK:
                return IsRefusal(await response.Content.ReadAsStringAsync()) ? (Outcome.Refused, $"{answer} with a message on the form")
                    : form.Method == "POST" ? (Outcome.Unexplained, $"{answer} with no message")
                    : (Outcome.Accepted, answer);
            case HttpStatusCode.Redirect or HttpStatusCode.SeeOther:
                return await FollowAsync(form, response.Headers.Location!);
            default:
                return (Outcome.Broken, $"{answer}, an answer no page gives");
        }
    }

    private async Task<(Outcome Outcome, string Answer)> FollowAsync(WebForm form, Uri location)
    {
        var visited = new List<string>();
        while (true)
        {
            if (location.IsAbsoluteUri && location.Host != "localhost")
            {
                return (Outcome.Broken, $"redirected off the site to {location}");
            }

            var target = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
            if (visited.Contains(target) || visited.Count == MaxRedirects)
            {
                return (Outcome.Broken, $"redirected round in circles: {string.Join(" → ", visited.Append(target))}");
            }

            visited.Add(target);
            if (target.StartsWith("/account/login", StringComparison.Ordinal))
            {
                return (Outcome.Broken, $"redirected to {target}: the person was signed out");
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(target, UriKind.Relative));
            request.Headers.Referrer = new Uri(new Uri("http://localhost"), form.PageUrl);
            using var page = await browser.Client.SendAsync(request);
            if (page.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther)
            {
                location = page.Headers.Location!;
                continue;
            }

            var redirected = $"redirected to {string.Join(" → ", visited)}";
            return (int)page.StatusCode >= 500
                ? (Outcome.Broken, $"{redirected}, which answered {((int)page.StatusCode).ToString(CultureInfo.InvariantCulture)}")
                : target.StartsWith("/account/denied", StringComparison.Ordinal) || !page.IsSuccessStatusCode || IsRefusal(await page.Content.ReadAsStringAsync())
                    ? (Outcome.Refused, $"{redirected} with an error")
                    : (Outcome.Accepted, redirected);
        }
    }

    private static bool IsRefusal(string page) =>
        page.Contains("flash-error", StringComparison.Ordinal) || page.Contains("field-validation-error", StringComparison.Ordinal) || page.Contains("input-validation-error", StringComparison.Ordinal);

    [GeneratedRegex(@"\[[0-9]+\]")]
    private static partial Regex RowIndex();
}

using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace LibraryPersonalization.Web.Tests.Infrastructure;

/// <summary>
/// One form as a page rendered it, filled the way a person fills it: by the labels they read, choosing among the
/// options shown. Whatever the page does not offer (a field it lacks, an option it does not list, a hidden value)
/// fails the test, so a view with a wrong name or action cannot stay green.
/// </summary>
public sealed class WebForm
{
    private readonly IHtmlFormElement form;
    private readonly IHtmlElement? submitter;
    private readonly Uri pageUri;
    private readonly TestBrowser? browser;

    private WebForm(IHtmlFormElement form, IHtmlElement? submitter, Uri pageUri, TestBrowser? browser)
    {
        this.form = form;
        this.submitter = submitter;
        this.pageUri = pageUri;
        this.browser = browser;
    }

    /// <summary>
    /// Finds the form a person would use on <paramref name="html"/>: the one with a submit button reading
    /// <paramref name="button"/> (its text or its accessible name). When several forms have that button,
    /// <paramref name="near"/> picks the one in the row, card or item that shows this text.
    /// </summary>
    public static WebForm Find(string html, string pageUrl, string button, string? near = null, TestBrowser? browser = null)
    {
        var document = new HtmlParser().ParseDocument(html);
        var buttons = document.QuerySelectorAll("form button, form input[type=submit]")
            .OfType<IHtmlElement>()
            .Where(candidate => IsSubmit(candidate) && (Normalize(ButtonText(candidate)) == button || candidate.GetAttribute("aria-label") == button))
            .ToList();
        Assert.True(buttons.Count > 0, $"No \"{button}\" button on {pageUrl}");
        if (near is not null)
        {
            buttons = buttons.Where(candidate => NearestContainerOf(candidate, near) is { } container
                && buttons.Count(other => container.Contains(other)) == 1).ToList();
            Assert.True(buttons.Count > 0, $"No \"{button}\" button near \"{near}\" on {pageUrl}");
        }

        var forms = buttons.Select(candidate => candidate.Closest("form")).Distinct().ToList();
        Assert.True(forms.Count == 1, $"{forms.Count} forms on {pageUrl} have a \"{button}\" button{(near is null ? "" : $" near \"{near}\"")}: say which one");
        return new WebForm((IHtmlFormElement)forms[0]!, buttons[0], new Uri(new Uri("http://localhost"), pageUrl), browser);
    }

    /// <summary>
    /// Every form on <paramref name="html"/>, once for each submit button that sends something different (its own
    /// name, value or action); a form without a button once, as pressing Enter in it would send it.
    /// </summary>
    public static IReadOnlyList<WebForm> AllOn(string html, string pageUrl, TestBrowser? browser = null)
    {
        var pageUri = new Uri(new Uri("http://localhost"), pageUrl);
        return new HtmlParser().ParseDocument(html).QuerySelectorAll("form").OfType<IHtmlFormElement>()
            .SelectMany(form =>
            {
                var buttons = form.Elements.OfType<IHtmlElement>().Where(IsSubmit)
                    .DistinctBy(button => (button.GetAttribute("name"), button.GetAttribute("value"), button.GetAttribute("formaction")))
                    .ToList();
                return buttons.Count == 0
                    ? [new WebForm(form, null, pageUri, browser)]
                    : buttons.Select(button => new WebForm(form, button, pageUri, browser));
            })
            .ToList();
    }

    /// <summary>The page the form was read from, which its submission names as the referrer.</summary>
    public string PageUrl => pageUri.PathAndQuery;

    /// <summary>Where the form goes: its action as the page wrote it, or the page itself when it has none.</summary>
    public string Action
    {
        get
        {
            var action = submitter?.GetAttribute("formaction") ?? form.GetAttribute("action");
            var target = string.IsNullOrEmpty(action) ? pageUri : new Uri(pageUri, action);
            return target.PathAndQuery;
        }
    }

    public string Method => (form.GetAttribute("method") ?? "get").ToUpperInvariant();

    /// <summary>Types <paramref name="value"/> into the field labelled (or named) <paramref name="field"/>; for a list or a
    /// set of radio buttons, picks the option whose text (or value) is <paramref name="value"/>.</summary>
    public WebForm Fill(string field, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var controls = Controls(field);
        switch (controls[0])
        {
            case IHtmlSelectElement select:
                var option = select.Options.FirstOrDefault(candidate => Normalize(candidate.Text) == value)
                    ?? select.Options.FirstOrDefault(candidate => candidate.Value == value);
                Assert.True(option is not null, $"\"{field}\" offers no option \"{value}\"; it offers: {string.Join(", ", select.Options.Select(candidate => Normalize(candidate.Text)))}");
                foreach (var other in select.Options)
                {
                    other.IsSelected = other == option;
                }

                break;
            case IHtmlInputElement { Type: "radio" or "checkbox" }:
                var choice = controls.OfType<IHtmlInputElement>().FirstOrDefault(candidate => LabelOf(candidate) == value)
                    ?? controls.OfType<IHtmlInputElement>().FirstOrDefault(candidate => candidate.Value == value);
                Assert.True(choice is not null, $"\"{field}\" offers no choice \"{value}\"");
                Check(choice);
                break;
            case IHtmlInputElement { Type: "hidden" } hidden:
                Assert.Fail($"A person cannot type into the hidden field {hidden.Name}");
                break;
            case IHtmlInputElement input:
                input.Value = value;
                break;
            case IHtmlTextAreaElement textArea:
                textArea.Value = value;
                break;
            default:
                Assert.Fail($"\"{field}\" is not a field one can fill");
                break;
        }

        return this;
    }

    /// <summary>Fills several fields, each by its label or name.</summary>
    public WebForm Fill(IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var (field, value) in fields)
        {
            Fill(field, value);
        }

        return this;
    }

    /// <summary>Ticks the radio button or checkbox labelled <paramref name="label"/>.</summary>
    public WebForm Check(string label)
    {
        var box = form.QuerySelectorAll("input[type=radio], input[type=checkbox]").OfType<IHtmlInputElement>()
            .Where(candidate => LabelOf(candidate) == label).ToList();
        Assert.True(box.Count == 1, $"The form has {box.Count} choices labelled \"{label}\"");
        Check(box[0]);
        return this;
    }

    /// <summary>What the browser would send: the successful controls in document order, then the button pressed.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields
    {
        get
        {
            var fields = new List<KeyValuePair<string, string>>();
            foreach (var element in form.Elements.OfType<IHtmlElement>().Where(element => !string.IsNullOrEmpty(element.GetAttribute("name")) && !element.HasAttribute("disabled")))
            {
                var name = element.GetAttribute("name")!;
                switch (element)
                {
                    case IHtmlInputElement { Type: "radio" or "checkbox" } box when box.IsChecked:
                        fields.Add(new(name, box.GetAttribute("value") ?? "on"));
                        break;
                    case IHtmlInputElement { Type: "radio" or "checkbox" or "submit" or "button" or "reset" or "image" or "file" }:
                        break;
                    case IHtmlInputElement input:
                        fields.Add(new(name, input.Value));
                        break;
                    case IHtmlTextAreaElement textArea:
                        fields.Add(new(name, textArea.Value));
                        break;
                    case IHtmlSelectElement select:
                        var chosen = select.Options.Where(option => option.IsSelected).ToList();
                        fields.AddRange((chosen.Count == 0 && !select.IsMultiple ? select.Options.Take(1) : chosen).Select(option => new KeyValuePair<string, string>(name, option.Value)));
                        break;
                }
            }

            if (submitter?.GetAttribute("name") is { Length: > 0 } buttonName)
            {
                fields.Add(new(buttonName, submitter.GetAttribute("value") ?? string.Empty));
            }

            return fields;
        }
    }

    /// <summary>The named controls the form sends, one per name (radio buttons and same-named boxes together), the button pressed included.</summary>
    public IReadOnlyList<FormControl> Inputs =>
        form.Elements.OfType<IHtmlElement>()
            .Where(element => !string.IsNullOrEmpty(element.GetAttribute("name")) && !element.HasAttribute("disabled")
                && (element == submitter || element is not (IHtmlButtonElement or IHtmlInputElement { Type: "submit" or "button" or "reset" or "image" or "file" })))
            .GroupBy(element => element.GetAttribute("name")!)
            .Select(named => new FormControl(named.Key, KindOf(named.First()), named.First().GetAttribute("inputmode"), named.SelectMany(OfferedValues).ToList()))
            .ToList();

    /// <summary>The address <see cref="SubmitAsync"/> would ask for: the action with the fields as its query for a GET form.</summary>
    public string Url => Method == "GET" ? QueryUrl(Fields) : Action;

    /// <summary>Presses the button: sends <see cref="Fields"/> to the form's action with its method, from the page it is on.</summary>
    public Task<HttpResponseMessage> SubmitAsync() => SendAsync(Fields);

    /// <summary>
    /// Sends <paramref name="fields"/> the way this form sends its own, from the page it is on, to its action or to
    /// <paramref name="action"/>: for tests of what the server does with values no person could choose in this form.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
    {
        Assert.True(browser is not null, "This form was read without a browser to submit it");
        if (Method == "GET")
        {
            return await browser.GetAsync(QueryUrl(fields, action));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(action ?? Action, UriKind.Relative)) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Referrer = pageUri;
        return await browser.Client.SendAsync(request);
    }

    private string QueryUrl(IEnumerable<KeyValuePair<string, string>> fields, string? action = null) =>
        $"{(action ?? Action).Split('?')[0]}?{string.Join('&', fields.Select(field => $"{Uri.EscapeDataString(field.Key)}={Uri.EscapeDataString(field.Value)}"))}";

    private static string KindOf(IElement control) => control switch
    {
        IHtmlSelectElement => "select",
        IHtmlTextAreaElement => "textarea",
        IHtmlButtonElement => "submit",
        IHtmlInputElement input => input.Type,
        _ => control.LocalName,
    };

    private static IEnumerable<string> OfferedValues(IElement control) => control switch
    {
        IHtmlSelectElement select => select.Options.Select(option => option.Value),
        IHtmlInputElement { Type: "radio" or "checkbox" } box => [box.GetAttribute("value") ?? "on"],
        IHtmlButtonElement or IHtmlInputElement { Type: "submit" } => [control.GetAttribute("value") ?? string.Empty],
        _ => [],
    };

    /// <summary>The controls a person reaches by this label (or a legend over radio buttons), or by this name.</summary>
    private List<IHtmlElement> Controls(string field)
    {
        var byLabel = form.QuerySelectorAll("label").Where(label => Normalize(OwnText(label)) == field).Select(LabelTarget).OfType<IHtmlElement>().ToList();
        if (byLabel.Count > 0)
        {
            return byLabel;
        }

        var byLegend = form.QuerySelectorAll("fieldset").Where(set => set.QuerySelector("legend") is { } legend && Normalize(legend.TextContent) == field)
            .SelectMany(set => set.QuerySelectorAll("input[type=radio], input[type=checkbox]")).OfType<IHtmlElement>().ToList();
        if (byLegend.Count > 0)
        {
            return byLegend;
        }

        var byName = form.Elements.OfType<IHtmlElement>().Where(element => element.GetAttribute("name") == field && element is not IHtmlButtonElement).ToList();
        Assert.True(byName.Count > 0, $"The form posting to {Action} has no field labelled or named \"{field}\"; its fields are: {string.Join(", ", FieldNames())}");
        return byName;
    }

    private IEnumerable<string> FieldNames() =>
        form.Elements.Select(element => element.GetAttribute("name")).OfType<string>().Where(name => name != "__RequestVerificationToken")
            .Concat(form.QuerySelectorAll("label").Select(label => $"\"{Normalize(OwnText(label))}\""))
            .Distinct();

    private IElement? LabelTarget(IElement label) =>
        label.GetAttribute("for") is { } id
            ? form.Elements.FirstOrDefault(element => element.Id == id)
            : label.QuerySelector("input, select, textarea");

    private string? LabelOf(IHtmlInputElement box)
    {
        var label = box.Closest("label") ?? (box.Id is { } id ? form.QuerySelector($"label[for='{id}']") : null);
        return label is null ? null : Normalize(label.TextContent);
    }

    private void Check(IHtmlInputElement box)
    {
        if (box.Type == "radio")
        {
            foreach (var sibling in form.Elements.OfType<IHtmlInputElement>().Where(other => other.Type == "radio" && other.Name == box.Name))
            {
                sibling.IsChecked = false;
            }
        }

        box.IsChecked = true;
    }

    /// <summary>A label's own words, without the text of a control inside it (an option list's entries).</summary>
    private static string OwnText(IElement label) =>
        string.Concat(label.ChildNodes.Where(node => node is not IHtmlSelectElement and not IHtmlTextAreaElement).Select(node => node.TextContent));

    private static bool IsSubmit(IElement candidate) =>
        candidate is IHtmlButtonElement button ? button.Type is "submit" : candidate.GetAttribute("type") == "submit";

    private static string ButtonText(IHtmlElement candidate) =>
        candidate is IHtmlInputElement input ? input.Value : candidate.TextContent;

    private static IElement? NearestContainerOf(IElement element, string text)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (Normalize(current.TextContent).Contains(text, StringComparison.Ordinal))
            {
                return current;
            }
        }

        return null;
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>One named control of a form: its kind (an input's type, "select", "textarea" or "submit"), its input mode, and the values it offers to choose from.</summary>
public sealed record FormControl(string Name, string Kind, string? InputMode, IReadOnlyList<string> Offered);

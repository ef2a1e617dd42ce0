namespace LibraryPersonalization.Web.Tests.Infrastructure;

/// <summary>The test browser fills only what a page offers, so a view whose field or option drifts from the test fails.</summary>
public class WebFormTests
{
    private const string Page = """
        <form method="post" action="/shelves/new">
            <input name="__RequestVerificationToken" type="hidden" value="token" />
            <input type="hidden" name="Version" value="7" />
            <label for="name">Shelf name</label>
            <input id="name" name="ShelfName" value="Old name" />
            <fieldset><legend>Rating</legend>
                <label><input type="radio" name="Rating" value="5" /> 5 stars</label>
                <label><input type="radio" name="Rating" value="4" checked /> 4 stars</label>
            </fieldset>
            <label for="genre">Genre</label>
            <select id="genre" name="Genre"><option value="">All genres</option><option value="sf" selected>Science fiction</option></select>
            <label for="notes">Notes</label>
            <textarea id="notes" name="Notes">
        Kept as typed</textarea>
            <button type="submit" name="Publish" value="true">Create shelf</button>
        </form>
        <form method="post" action="/elsewhere"><button type="submit">Other</button></form>
        """;

    [Fact]
    public void A_form_sends_its_action_hidden_fields_defaults_and_the_button_pressed()
    {
        var form = WebForm.Find(Page, "/shelves/new", "Create shelf");

        Assert.Equal("/shelves/new", form.Action);
        Assert.Equal("POST", form.Method);
        Assert.Equal(
            ["__RequestVerificationToken=token", "Version=7", "ShelfName=Old name", "Rating=4", "Genre=sf", "Notes=Kept as typed", "Publish=true"],
            form.Fields.Select(field => $"{field.Key}={field.Value}"));
    }

    [Fact]
    public void Fields_are_filled_by_their_labels_and_choices_by_the_text_a_person_reads()
    {
        var form = WebForm.Find(Page, "/shelves/new", "Create shelf")
            .Fill("Shelf name", "Graphic novels")
            .Fill("Rating", "5 stars")
            .Fill("Genre", "All genres");

        Assert.Contains(new("ShelfName", "Graphic novels"), form.Fields);
        Assert.Contains(new("Rating", "5"), form.Fields);
        Assert.DoesNotContain(new("Rating", "4"), form.Fields);
        Assert.Contains(new("Genre", string.Empty), form.Fields);
    }

    [Fact]
    public void A_field_renamed_in_the_view_fails_the_test_that_fills_its_old_name()
    {
        var form = WebForm.Find(Page, "/shelves/new", "Create shelf");

        var missing = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => form.Fill("Name", "Graphic novels"));
        Assert.Contains("no field labelled or named \"Name\"", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_the_page_does_not_offer_and_a_hidden_field_cannot_be_filled()
    {
        var form = WebForm.Find(Page, "/shelves/new", "Create shelf");

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => form.Fill("Genre", "Poetry"));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => form.Fill("Version", "8"));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => WebForm.Find(Page, "/shelves/new", "Save shelf"));
    }

    [Fact]
    public void A_form_lists_the_controls_it_sends_with_their_kinds_and_the_values_it_offers()
    {
        var form = WebForm.Find(Page, "/shelves/new", "Create shelf");

        Assert.Equal(
            ["__RequestVerificationToken hidden", "Version hidden", "ShelfName text", "Rating radio 5|4", "Genre select |sf", "Notes textarea", "Publish submit true"],
            form.Inputs.Select(input => $"{input.Name} {input.Kind}{(input.Offered.Count > 0 ? $" {string.Join('|', input.Offered)}" : "")}"));
    }

    [Fact]
    public void Every_form_on_a_page_is_found_once_for_each_button_that_sends_something_different()
    {
        const string page = """
            <form method="post" action="/help/faq/3/feedback">
                <button type="submit" name="helpful" value="true">Yes</button>
                <button type="submit" name="helpful" value="false">No</button>
                <button type="submit" name="helpful" value="false" aria-label="Not helpful">👎</button>
            </form>
            <form method="get" action="/catalog"><input name="q" value="owls" /></form>
            """;

        var forms = WebForm.AllOn(page, "/help/faq");

        Assert.Equal(
            ["POST /help/faq/3/feedback helpful=true", "POST /help/faq/3/feedback helpful=false", "GET /catalog?q=owls q=owls"],
            forms.Select(form => $"{form.Method} {form.Url} {string.Join('&', form.Fields.Select(field => $"{field.Key}={field.Value}"))}"));
    }
}

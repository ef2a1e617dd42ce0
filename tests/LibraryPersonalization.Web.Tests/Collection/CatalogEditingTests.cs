using static LibraryPersonalization.Web.Tests.Journeys.JourneySteps;

namespace LibraryPersonalization.Web.Tests.Collection;

/// <summary>A librarian adds a new book and corrects it; readers find it by the new words at once, and nobody else may do either.</summary>
public class CatalogEditingTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task A_librarian_adds_a_title_and_readers_find_it_then_finds_the_correction()
    {
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        using var reader = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);
        Assert.Contains("href=\"/catalog/new\"", await librarian.GetPageAsync("/catalog"), StringComparison.Ordinal);
        var word = $"axolotl{Guid.NewGuid():N}"[..13];

        var added = await librarian.SubmitAsync("/catalog/new", "Add to the catalog", new()
        {
            ["Title"] = $"The {word} Handbook",
            ["Author"] = "Marisol Vega",
            ["ISBN (10 or 13 digits)"] = "0-306-40615-2",
            ["Genre"] = "Science",
            ["Subjects"] = "amphibians; pets , lakes",
            ["Series (optional)"] = "Small Wonders",
            ["Reading level"] = "Grades 3–5",
            ["Year published"] = "2023",
            ["Publisher"] = "Lakeside",
            ["Summary"] = "Everything about the smiling salamander.",
        });

        var titlePage = await librarian.FollowAsync(added);
        Assert.Contains("Added to the catalog.", titlePage, StringComparison.Ordinal);
        Assert.Contains("ISBN 9780306406157", titlePage, StringComparison.Ordinal);
        Assert.Contains("Subjects: amphibians, pets, lakes", titlePage, StringComparison.Ordinal);
        Assert.Contains("Series: ", titlePage, StringComparison.Ordinal);
        Assert.Contains("Grades 3–5", titlePage, StringComparison.Ordinal);
        var found = await reader.ReadPageAsync($"/catalog?q={word}");
        Assert.Contains("1 titles found", found, StringComparison.Ordinal);
        Assert.Contains($"The {word} Handbook", found, StringComparison.Ordinal);
        Assert.Contains($"The {word} Handbook", await reader.ReadPageAsync("/catalog?q=0306406152"), StringComparison.Ordinal);
        var id = await app.WithDbAsync(db => db.Titles.Where(title => title.Isbn == "9780306406157").Select(title => title.Id).SingleAsync());

        var edited = await librarian.SubmitAsync($"/catalog/{id}/edit", "Save changes", new() { ["Title"] = $"Axolotls at Home {word}z" });

        Assert.Contains("Title saved.", await librarian.FollowAsync(edited), StringComparison.Ordinal);
        Assert.Contains("0 titles found", await reader.ReadPageAsync($"/catalog?q=handbook+{word}"), StringComparison.Ordinal);
        Assert.Contains($"Axolotls at Home {word}z", await reader.ReadPageAsync($"/catalog?q={word}z"), StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(entry => entry.Action == "Collection.SaveTitle")));
    }

    [Fact]
    public async Task A_mistyped_isbn_or_one_already_held_is_refused_on_the_form_keeping_what_was_typed()
    {
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        var before = await app.WithDbAsync(db => db.Titles.CountAsync());
        var fields = new Dictionary<string, string>
        {
            ["Title"] = "Typed With Care",
            ["Author"] = "Ode Lin",
            ["ISBN (10 or 13 digits)"] = "978-1-4605-0611-9",
            ["Genre"] = "Poetry",
            ["Year published"] = "2020",
            ["Publisher"] = "Small Press",
        };

        var mistyped = await BodyAsync(await librarian.SubmitAsync("/catalog/new", "Add to the catalog", fields));
        Assert.Contains("Enter a valid ISBN-10 or ISBN-13, with its check digit", mistyped, StringComparison.Ordinal);
        Assert.Contains("value=\"Typed With Care\"", mistyped, StringComparison.Ordinal);

        fields["ISBN (10 or 13 digits)"] = "978-1-4605-0611-0";
        var held = await BodyAsync(await librarian.SubmitAsync("/catalog/new", "Add to the catalog", fields));
        Assert.Contains("ISBN 9781460506110 is already in the catalog as \"The Hobbit\".", held, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Titles.CountAsync()));
    }

    [Theory]
    [InlineData(LibraryAppFactory.Student)]
    [InlineData(LibraryAppFactory.Teacher)]
    public async Task Only_librarians_add_or_edit_titles(string email)
    {
        using var person = await TestBrowser.SignedInAsync(app, email);
        var hobbit = await app.WithDbAsync(db => db.Titles.Where(title => title.Title == "The Hobbit").Select(title => title.Id).SingleAsync());
        Assert.DoesNotContain("href=\"/catalog/new\"", await person.GetPageAsync("/catalog"), StringComparison.Ordinal);
        Assert.DoesNotContain("/edit\"", await person.GetPageAsync($"/catalog/{hobbit}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await person.GetAsync("/catalog/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await person.GetAsync($"/catalog/{hobbit}/edit")).StatusCode);

        var forged = await person.ForgePostAsync("/catalog", $"/catalog/{hobbit}/edit", new()
        {
            ["Title"] = "Hijacked", ["Author"] = "X", ["Isbn"] = "9781460506110", ["Genre"] = "X", ["Year"] = "2000", ["Publisher"] = "X",
        });

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal("The Hobbit", await app.WithDbAsync(db => db.Titles.Where(title => title.Id == hobbit).Select(title => title.Title).SingleAsync()));
    }
}

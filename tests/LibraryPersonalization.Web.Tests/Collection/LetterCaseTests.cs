using static LibraryPersonalization.Web.Tests.Journeys.JourneySteps;

namespace LibraryPersonalization.Web.Tests.Collection;

/// <summary>Searches and duplicate checks ignore letter case on every database (LIKE is case-sensitive on plain PostgreSQL text).</summary>
public abstract class LetterCaseTests(LibraryAppFactory app)
{
    [Fact]
    public async Task Searching_the_catalog_in_any_letter_case_finds_the_book()
    {
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var page = await BodyAsync(await student.SubmitAsync("/catalog", "Search", new() { ["Search title, author, ISBN, genre or subject"] = "hObBiT" }));

        Assert.Contains("The Hobbit", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_for_a_held_book_typed_in_lower_case_is_refused()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.Cocreated);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var response = await student.SubmitAsync("/requests/new", "Submit request", new()
        {
            ["Title"] = "the hobbit",
            ["Author"] = "j.r.r. tolkien",
            ["Why should the library get it?"] = "Everyone asks for it.",
        });

        Assert.Contains("The library already has the hobbit", await BodyAsync(response), StringComparison.Ordinal);
    }
}

public sealed class SqliteLetterCaseTests(LibraryAppFactory app) : LetterCaseTests(app), IClassFixture<LibraryAppFactory>;

[Collection(PostgresSuite.Name)]
public sealed class PostgreSqlLetterCaseTests(PostgresAppFactory app) : LetterCaseTests(app), IClassFixture<PostgresAppFactory>;

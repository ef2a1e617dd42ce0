using static LibraryPersonalization.Web.Tests.Journeys.JourneySteps;

namespace LibraryPersonalization.Web.Tests.Journeys;

/// <summary>The librarian finds a person on /accounts however the name or email is capitalised, accents included.</summary>
[Collection(JourneySteps.Collection)]
public class AccountSearchJourneyTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Theory]
    [InlineData("maya", "Maya Chen")]
    [InlineData("CHEN", "Maya Chen")]
    [InlineData("PRIYA@School.TEST", "Priya Natarajan")]
    [InlineData("élodie", "Élodie Brûlé")]
    [InlineData("BRÛLÉ", "Élodie Brûlé")]
    public async Task The_account_search_ignores_case(string search, string expectedName)
    {
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        if (await app.WithDbAsync(db => db.Users.CountAsync(user => user.Email == "elodie@school.test")) == 0)
        {
            RedirectTarget(await librarian.SubmitAsync("/accounts/new", "Create account", new()
            {
                ["Name"] = "Élodie Brûlé",
                ["Email"] = "elodie@school.test",
                ["Role"] = nameof(LibraryRole.Student),
                ["Temporary password"] = LibraryAppFactory.Password,
            }));
        }

        var found = await librarian.ReadPageAsync($"/accounts?search={Uri.EscapeDataString(search)}");

        Assert.Contains("<caption>1 accounts</caption>", found, StringComparison.Ordinal);
        Assert.Contains($"<td data-label=\"Name\">{expectedName} ", found, StringComparison.Ordinal);
    }
}

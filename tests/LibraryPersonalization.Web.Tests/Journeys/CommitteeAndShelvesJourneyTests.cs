using System.Globalization;
using System.Text.RegularExpressions;
using static LibraryPersonalization.Web.Tests.Journeys.JourneySteps;

namespace LibraryPersonalization.Web.Tests.Journeys;

/// <summary>At Student-generated students curate shelves, tag titles, and a named committee spends the student book budget.</summary>
[Collection(JourneySteps.Collection)]
public class CommitteeAndShelvesJourneyTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task A_student_curates_a_shelf_and_adds_a_title_from_its_page()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        var (titleId, title) = await UntouchedTitleAsync(app);
        using var maya = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var created = await maya.SubmitAsync("/shelves/new", "Create shelf", new() { ["Shelf name"] = "Books that made me cry", ["What ties these books together?"] = "Bring tissues." });
        var shelfUrl = RedirectTarget(created);
        var emptyShelf = await maya.FollowAsync(created);
        Assert.Contains("Shelf created. Add titles from any title's page.", emptyShelf, StringComparison.Ordinal);
        Assert.Contains("This shelf is empty.", emptyShelf, StringComparison.Ordinal);
        var shelfId = RequestId(shelfUrl);

        var added = await maya.SubmitAsync($"/catalog/{titleId}", "Add to shelf", new() { ["Add to your shelf"] = "Books that made me cry" });
        var titlePage = await maya.FollowAsync(added);
        Assert.Contains("Added to the shelf.", titlePage, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"badge\" href=\"{shelfUrl}\">Books that made me cry</a>", titlePage, StringComparison.Ordinal);

        using var jonah = await TestBrowser.SignedInAsync(app, LibraryAppFactory.OtherStudent);
        var shelf = await jonah.ReadPageAsync(shelfUrl);
        Assert.Contains($"<a href=\"/catalog/{titleId}\">{title}</a>", shelf, StringComparison.Ordinal);
        Assert.Contains("Curated by Maya Chen.", shelf, StringComparison.Ordinal);
        Assert.Contains("1 titles · curated by Maya Chen", await jonah.ReadPageAsync("/shelves"), StringComparison.Ordinal);

        var (otherTitleId, _) = await UntouchedTitleAsync(app);
        var intruding = await jonah.ForgePostAsync($"/catalog/{otherTitleId}", $"/catalog/{otherTitleId}/shelves", new() { ["shelfId"] = shelfId.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Forbidden, intruding.StatusCode);
        Assert.Contains("Only Maya Chen, who curates \"Books that made me cry\", and library staff can change it.", await BodyAsync(intruding), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Shelves.Where(item => item.Id == shelfId).SelectMany(item => item.Items).CountAsync()));
    }

    [Fact]
    public async Task A_students_tag_shows_at_once_counts_as_needing_attention_and_staff_keep_or_remove_it()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        var (titleId, title) = await UntouchedTitleAsync(app);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        var uncheckedBefore = AttentionCount(await librarian.GetPageAsync("/"), "/moderation#tags");
        using var priya = await TestBrowser.SignedInAsync(app, "priya@school.test");

        var tagged = await priya.SubmitAsync($"/catalog/{titleId}", "Add tag", new() { ["Add a genre or topic tag"] = "  Found Family " });
        Assert.Contains("Tagged \"found family\".", await priya.FollowAsync(tagged), StringComparison.Ordinal);
        RedirectTarget(await priya.SubmitAsync($"/catalog/{titleId}", "Add tag", new() { ["Add a genre or topic tag"] = "boring" }));

        using var reader = await TestBrowser.SignedInAsync(app, "eli@school.test");
        var titlePage = await reader.ReadPageAsync($"/catalog/{titleId}");
        Assert.Contains("<span class=\"badge\">found family</span>", titlePage, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge\">boring</span>", titlePage, StringComparison.Ordinal);
        Assert.Equal(uncheckedBefore + 2, AttentionCount(await librarian.GetPageAsync("/"), "/moderation#tags"));

        var queue = await librarian.ReadPageAsync("/moderation");
        Assert.Contains($"<span class=\"badge\">found family</span> on <a href=\"/catalog/{titleId}\">{title}</a> by Priya Natarajan", queue, StringComparison.Ordinal);
        var kept = await librarian.SubmitAsync("/moderation", "Keep", near: $"found family on {title}");
        Assert.Contains("Tag kept.", await librarian.FollowAsync(kept), StringComparison.Ordinal);
        var removed = await librarian.SubmitAsync("/moderation", "Remove", near: $"boring on {title}");
        var queueAfter = await librarian.FollowAsync(removed);
        Assert.Contains("Tag removed.", queueAfter, StringComparison.Ordinal);
        Assert.DoesNotContain($"on <a href=\"/catalog/{titleId}\">", Slice(queueAfter, "id=\"tags\"", "</section>"), StringComparison.Ordinal);

        Assert.Equal(uncheckedBefore, AttentionCount(await librarian.GetPageAsync("/"), "/moderation#tags"));
        var titleAfter = await reader.ReadPageAsync($"/catalog/{titleId}");
        Assert.Contains("<span class=\"badge\">found family</span>", titleAfter, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"badge\">boring</span>", titleAfter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_selection_committee_student_approves_within_the_budget_and_cannot_overspend_it()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        using var librarian = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Librarian);
        var granted = await librarian.SubmitAsync("/accounts?search=amara", "Grant", new() { ["Element"] = "Collection", ["Designation"] = "Selection committee" }, near: "amara@school.test");
        Assert.Contains("Designation granted.", await librarian.FollowAsync(granted), StringComparison.Ordinal);
        Assert.Contains("Collection: Selection committee", await librarian.ReadPageAsync("/accounts?search=amara"), StringComparison.Ordinal);

        using var requester = await TestBrowser.SignedInAsync(app, "tyler@school.test");
        var cheapUrl = RedirectTarget(await requester.SubmitAsync("/requests/new", "Submit request", new() { ["Title"] = "Sabriel", ["Author"] = "Garth Nix", ["Why should the library get it?"] = "Necromancers with bells!" }));
        var dearUrl = RedirectTarget(await requester.SubmitAsync("/requests/new", "Submit request", new() { ["Title"] = "Mortal Engines", ["Author"] = "Philip Reeve", ["Why should the library get it?"] = "Cities on wheels." }));

        using var committee = await TestBrowser.SignedInAsync(app, "amara@school.test");
        var budgetBefore = BudgetRemaining(await committee.ReadPageAsync("/requests/criteria"));
        var requestPage = await committee.ReadPageAsync(cheapUrl);
        Assert.Contains("Selection committee decision", requestPage, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"budget-remaining\">${Money(budgetBefore)}</strong>", requestPage, StringComparison.Ordinal);

        var approved = await committee.SubmitAsync(cheapUrl, "Approve within budget", new() { ["Estimated cost (needed to approve)"] = "45.50" });
        Assert.Equal(cheapUrl, RedirectTarget(approved));
        var decided = await committee.FollowAsync(approved);
        Assert.Contains("The committee's decision is recorded and requesters notified.", decided, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"request-status\">Approved</strong>", decided, StringComparison.Ordinal);
        Assert.Contains("(Amara Okeke, selection committee)", decided, StringComparison.Ordinal);
        var budgetAfter = BudgetRemaining(await committee.ReadPageAsync("/requests/criteria"));
        Assert.Equal(budgetBefore - 45.50m, budgetAfter);
        Assert.Contains("Your request for Sabriel is now approved.", await requester.ReadPageAsync("/"), StringComparison.Ordinal);

        var overspent = await committee.SubmitAsync(dearUrl, "Approve within budget", new() { ["Estimated cost (needed to approve)"] = (budgetAfter + 0.01m).ToString(CultureInfo.InvariantCulture) });
        var refusal = overspent.StatusCode == HttpStatusCode.Redirect ? await committee.FollowAsync(overspent) : await BodyAsync(overspent);
        Assert.Contains($"That is more than the ${Money(budgetAfter)} left in the student book budget this term.", refusal, StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Submitted, await RequestStatusAsync(app, RequestId(dearUrl)));
        Assert.Equal(budgetAfter, BudgetRemaining(await committee.ReadPageAsync("/requests/criteria")));
    }

    [Fact]
    public async Task A_student_without_the_committee_designation_sees_no_committee_form_and_cannot_decide()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        using var requester = await TestBrowser.SignedInAsync(app, "sam@school.test");
        var requestUrl = RedirectTarget(await requester.SubmitAsync("/requests/new", "Submit request", new() { ["Title"] = "Airborn", ["Author"] = "Kenneth Oppel", ["Why should the library get it?"] = "Airships." }));

        using var student = await TestBrowser.SignedInAsync(app, "ana@school.test");
        var page = await student.ReadPageAsync(requestUrl);
        Assert.DoesNotContain("Selection committee decision", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/decision", page, StringComparison.Ordinal);

        var attempt = await student.ForgePostAsync(requestUrl, $"{requestUrl}/decision", new()
        {
            ["Version"] = "0",
            ["EstimatedCost"] = "10",
            ["Approve"] = "true",
        });
        Assert.Equal(HttpStatusCode.Forbidden, attempt.StatusCode);
        Assert.Contains("is for students the librarian has named to the Collection selection committee", await BodyAsync(attempt), StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Submitted, await RequestStatusAsync(app, RequestId(requestUrl)));
    }

    private static string Money(decimal amount) => amount.ToString("N2", CultureInfo.CurrentCulture);

    /// <summary>"The student selection committee has $X of its $Y budget left" on /requests/criteria.</summary>
    private static decimal BudgetRemaining(string criteriaPage)
    {
        var match = Regex.Match(criteriaPage, "has <strong>\\$([^<]+)</strong> of its");
        Assert.True(match.Success, "The criteria page does not show the budget left");
        return decimal.Parse(match.Groups[1].Value, NumberStyles.Number, CultureInfo.CurrentCulture);
    }
}

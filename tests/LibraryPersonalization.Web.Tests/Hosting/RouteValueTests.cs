using System.Globalization;

namespace LibraryPersonalization.Web.Tests.Hosting;

/// <summary>The id in the address decides what a form changes: a posted field of the same name cannot redirect it.</summary>
public class RouteValueTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task A_review_lands_on_the_title_in_the_address_even_when_the_form_posts_another_id()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.OtherStudent);
        var studentId = await app.UserIdAsync(LibraryAppFactory.OtherStudent);
        var titles = await app.WithDbAsync(db => db.Titles
            .Where(title => !db.Reviews.Any(review => review.TitleId == title.Id && review.AuthorId == studentId))
            .OrderBy(title => title.Id).Select(title => title.Id).Take(2).ToListAsync());
        var (addressed, smuggled) = (titles[0], titles[1]);

        await student.ForgePostAsync(
            $"/catalog/{addressed}",
            $"/catalog/{addressed}/reviews",
            new() { ["Rating"] = "4", ["Text"] = "Loved the ending.", ["id"] = smuggled.ToString(CultureInfo.InvariantCulture), ["TitleId"] = smuggled.ToString(CultureInfo.InvariantCulture) });

        var reviewed = await app.WithDbAsync(db => db.Reviews.Where(review => review.AuthorId == studentId && (review.TitleId == addressed || review.TitleId == smuggled)).Select(review => review.TitleId).ToListAsync());
        Assert.Equal([addressed], reviewed);
    }
}

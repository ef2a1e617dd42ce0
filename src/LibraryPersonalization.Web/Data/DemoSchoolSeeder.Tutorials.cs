using LibraryPersonalization.Domain.Tutorials;
using LibraryPersonalization.Web.Features.Tutorials;

namespace LibraryPersonalization.Web.Data;

/// <summary>The demo school's tutorials: staff and student how-tos (one edited twice), a student draft, ratings, a comment and two requests.</summary>
public sealed partial class DemoSchoolSeeder
{
    private async Task SeedTutorialsAsync()
    {
        var now = clock.GetUtcNow();
        var people = await db.Users.Where(user => user.Email == "librarian@school.test" || user.Email == "teacher.okafor@school.test" || user.Email == "diego@school.test" || user.Email == "maya@school.test" || user.Email == "jonah@school.test" || user.Email == "priya@school.test")
            .ToDictionaryAsync(user => user.Email!, user => (user.Id, user.DisplayName));
        var (librarian, teacher, diego, maya, jonah, priya) = (people["librarian@school.test"], people["teacher.okafor@school.test"], people["diego@school.test"], people["maya@school.test"], people["jonah@school.test"], people["priya@school.test"]);
        var citing = Written(librarian, false, now.AddDays(-20), new(
            "Cite a website in MLA 9",
            "Build a works-cited entry for a web page in five steps.",
            "## What you need\n\nThe author, the page title, the site name, the date and the address.\n\n## Steps\n\n1. Start with the author: **Last name, First name.**\n2. Put the page title in quotation marks.\n3. Add the site name in *italics*, then the publisher if it differs.\n4. Add the date it was published: day, month, year.\n5. End with the address, without `https://`.\n\nNo author? Start with the title instead.",
            ["citations", "research"],
            null));
        citing.Revise(
            new("Cite a website in MLA 9", "Build a works-cited entry for a web page in five steps, with an example.", citing.Body + "\n\n## Example\n\nNguyen, Linh. \"Saving Monarchs.\" *Nature Now*, 4 Mar. 2025, naturenow.org/monarchs.", ["citations", "research", "mla"], null),
            librarian.Id,
            librarian.DisplayName,
            now.AddDays(-18));
        var video = Written(diego, true, now.AddDays(-9), new(
            "Export a video that looks sharp on the projector",
            "The export settings that stop a video from looking blurry on the big screen.",
            "## Before you export\n\nCheck the timeline is 1920 × 1080.\n\n## Settings\n\n| Setting | Choose |\n| --- | --- |\n| Format | H.264 |\n| Resolution | 1080p |\n| Bitrate | 12 Mbps |\n\nThen play it once on the editing station before you bring it to class.",
            ["video", "media lab"],
            "https://video.school.test/watch/export-settings"));
        var printing = Written(teacher, false, now.AddDays(-5), new(
            "Print your first 3D model",
            "From a downloaded model to a finished print on the makerspace printer.",
            "1. Download an `.stl` file or export one from your design.\n2. Open it in the slicer on the makerspace laptop.\n3. Choose **PLA**, 20 % infill, supports only if parts hang in the air.\n4. Save the sliced file to the SD card and start the print.\n5. Stay for the first layer: if it does not stick, stop and ask for help.",
            ["makerspace", "3d printing"],
            null));
        var draft = Written(maya, true, now.AddDays(-1), new("Find primary sources for a history project", "Where to start looking, and how to tell a primary source from a secondary one.", "## Start here\n\nAsk: was this made at the time, by someone who was there?", ["research", "history"], null), published: false);
        db.Tutorials().AddRange(citing, video, printing, draft);
        await db.SaveChangesAsync();
        db.TutorialRatings().AddRange(
            new TutorialRating { TutorialId = citing.Id, UserId = maya.Id, Stars = 5 },
            new TutorialRating { TutorialId = citing.Id, UserId = jonah.Id, Stars = 4 },
            new TutorialRating { TutorialId = video.Id, UserId = jonah.Id, Stars = 5 });
        (citing.RatingCount, citing.RatingTotal, video.RatingCount, video.RatingTotal) = (2, 9, 1, 5);
        db.TutorialComments().Add(new TutorialComment { TutorialId = video.Id, AuthorId = jonah.Id, AuthorName = jonah.DisplayName, Text = "This fixed my blurry export. Thanks!", CreatedAt = now.AddDays(-8) });
        var requests = new[]
        {
            new TutorialRequest { RequesterId = priya.Id, RequesterName = priya.DisplayName, Topic = "Record a podcast with two microphones", Details = "We keep getting an echo in the podcast booth.", Status = TutorialRequestStatus.Open, VoteCount = 2, CreatedAt = now.AddDays(-3) },
            new TutorialRequest { RequesterId = jonah.Id, RequesterName = jonah.DisplayName, Topic = "Make a stop-motion video", Status = TutorialRequestStatus.Open, VoteCount = 1, CreatedAt = now.AddDays(-2) },
        };
        db.TutorialRequests().AddRange(requests);
        await db.SaveChangesAsync();
        db.TutorialRequestVotes().AddRange(
            new TutorialRequestVote { TutorialRequestId = requests[0].Id, UserId = priya.Id },
            new TutorialRequestVote { TutorialRequestId = requests[0].Id, UserId = maya.Id },
            new TutorialRequestVote { TutorialRequestId = requests[1].Id, UserId = jonah.Id });
        await db.SaveChangesAsync();
    }

    private static Tutorial Written((string Id, string Name) author, bool byStudent, DateTimeOffset at, TutorialDraft draft, bool published = true)
    {
        var tutorial = new Tutorial { AuthorId = author.Id, AuthorName = author.Name, ByStudent = byStudent, Title = string.Empty, Summary = string.Empty, Body = string.Empty, CreatedAt = at };
        tutorial.Revise(draft, author.Id, author.Name, at);
        if (published)
        {
            tutorial.Publish(at);
        }

        return tutorial;
    }
}

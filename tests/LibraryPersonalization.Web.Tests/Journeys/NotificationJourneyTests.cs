using LibraryPersonalization.Domain.Auditing;

namespace LibraryPersonalization.Web.Tests.Journeys;

[Collection(JourneySteps.Collection)]
public class NotificationJourneyTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task A_student_sees_new_notifications_first_and_marking_them_read_touches_only_their_own()
    {
        var maya = await app.UserIdAsync(LibraryAppFactory.Student);
        var jonah = await app.UserIdAsync(LibraryAppFactory.OtherStudent);
        await app.WithDbAsync(async db =>
        {
            db.Notifications.AddRange(
                new Notification { UserId = maya, Message = "Your request for Dune is now approved.", CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-5) },
                new Notification { UserId = maya, Message = "Ms. Alvarez commented on your request.", CreatedAt = DateTimeOffset.UtcNow },
                new Notification { UserId = jonah, Message = "Your review is now published.", CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        });
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var home = await student.ReadPageAsync("/");
        Assert.Contains("data-testid=\"unread-count\">2 new<", home, StringComparison.Ordinal);
        Assert.True(home.IndexOf("commented on your request", StringComparison.Ordinal) < home.IndexOf("now approved", StringComparison.Ordinal));

        var marked = await student.SubmitAsync("/", "Mark all as read");
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        var after = await student.FollowAsync(marked);
        Assert.Contains("2 notifications marked as read.", after, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"unread-count\">0 new<", after, StringComparison.Ordinal);
        Assert.Contains("now approved", after, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Notifications.CountAsync(notification => notification.UserId == jonah && notification.ReadAt == null)));
    }
}

using LibraryPersonalization.Domain.Auditing;
using LibraryPersonalization.Web.Features.Home;

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

    [Fact]
    public async Task The_unread_count_counts_every_unread_notification_not_only_those_listed()
    {
        var priya = await app.UserIdAsync("priya@school.test");
        await AddNotificationsAsync(priya, HomeDashboard.NotificationsShown + 2, "Older news");
        using var student = await TestBrowser.SignedInAsync(app, "priya@school.test");

        var home = await student.ReadPageAsync("/");
        Assert.Contains($"data-testid=\"unread-count\">{HomeDashboard.NotificationsShown + 2} new<", home, StringComparison.Ordinal);
        Assert.Equal(HomeDashboard.NotificationsShown, home.Split("Older news").Length - 1);

        await student.FollowAsync(await student.SubmitAsync("/", "Mark all as read"));
        await AddNotificationsAsync(priya, 3, "Fresh news");
        var later = await student.ReadPageAsync("/");
        Assert.Contains("data-testid=\"unread-count\">3 new<", later, StringComparison.Ordinal);
        Assert.Equal(3, later.Split("Fresh news").Length - 1);
        Assert.Equal(HomeDashboard.NotificationsShown - 3, later.Split("Older news").Length - 1);
    }

    private Task<int> AddNotificationsAsync(string userId, int count, string message) =>
        app.WithDbAsync(db =>
        {
            db.Notifications.AddRange(Enumerable.Range(0, count).Select(index =>
                new Notification { UserId = userId, Message = $"{message} {index}.", CreatedAt = DateTimeOffset.UtcNow.AddMinutes(index - count) }));
            return db.SaveChangesAsync();
        });
}

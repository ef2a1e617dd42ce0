namespace LibraryPersonalization.Web.Features.Home;

/// <summary>Marks the signed-in person's own notifications as read; nobody can touch another person's.</summary>
public static class MarkNotificationsRead
{
    public sealed record Command : ICommand<Result<int>>, ISignedInRequest;

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<int>>
    {
        public async ValueTask<Result<int>> Handle(Command command, CancellationToken cancellationToken)
        {
            var userId = (await currentActor.GetAsync(cancellationToken)).UserId;
            var unread = await db.Notifications.Where(notification => notification.UserId == userId && notification.ReadAt == null).ToListAsync(cancellationToken);
            var now = clock.GetUtcNow();
            unread.ForEach(notification => notification.ReadAt = now);
            return unread.Count;
        }
    }
}

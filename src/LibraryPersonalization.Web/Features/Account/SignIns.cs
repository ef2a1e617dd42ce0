namespace LibraryPersonalization.Web.Features.Account;

/// <summary>How many browsers the signed-in person is signed in on.</summary>
public static class MySignIns
{
    public sealed record Query : IQuery<Result<int>>, ISignedInRequest;

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : IQueryHandler<Query, Result<int>>
    {
        public async ValueTask<Result<int>> Handle(Query query, CancellationToken cancellationToken)
        {
            var userId = (await currentActor.GetAsync(cancellationToken)).UserId;
            var now = clock.GetUtcNow();
            return await db.SignInSessions.CountAsync(session => session.UserId == userId && (session.ExpiresAt == null || session.ExpiresAt > now), cancellationToken);
        }
    }
}

/// <summary>Signs the person out on every browser, this one included (a lost phone, a shared computer left signed in).</summary>
public static class SignOutEverywhere
{
    public sealed record Command : ICommand<Result<int>>, ISignedInRequest;

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor) : ICommandHandler<Command, Result<int>>
    {
        public async ValueTask<Result<int>> Handle(Command command, CancellationToken cancellationToken) =>
            await db.EndAllAsync((await currentActor.GetAsync(cancellationToken)).UserId, cancellationToken);
    }
}

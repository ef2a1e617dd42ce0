using System.Buffers.Text;
using System.Security.Cryptography;
using LibraryPersonalization.Domain.Bookings;

namespace LibraryPersonalization.Web.Features.Bookings.Calendar;

/// <summary>What the calendar page shows: the person's secret feed URL, if they made one.</summary>
public sealed record CalendarPage(string? FeedUrl, string? Created);

/// <summary>The signed-in person's calendar feed secret, if they made one.</summary>
public static class MyCalendarLink
{
    public sealed record Query : IQuery<Result<Model>>, ISignedInRequest;

    public sealed record Model(string? Token, string? Created);

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, SchoolTime schoolTime) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            var feed = await db.CalendarFeeds.AsNoTracking().SingleOrDefaultAsync(row => row.UserId == actor.UserId, cancellationToken);
            return new Model(feed?.Token, feed is null ? null : schoolTime.Format(feed.CreatedAt, "MMMM d, yyyy"));
        }
    }
}

/// <summary>Creates the person's calendar link, or replaces it so the old URL stops working at once.</summary>
public static class NewCalendarLink
{
    public sealed record Command : ICommand<Result<string>>, ISignedInRequest;

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            var feed = await db.CalendarFeeds.SingleOrDefaultAsync(row => row.UserId == actor.UserId, cancellationToken);
            var replacing = feed is not null;
            if (feed is null)
            {
                feed = new CalendarFeed { UserId = actor.UserId, Token = NewToken() };
                db.CalendarFeeds.Add(feed);
            }
            else
            {
                feed.Token = NewToken();
            }

            feed.CreatedAt = clock.GetUtcNow();
            return replacing
                ? "Your calendar link is replaced. The old one no longer works: subscribe again with the new one."
                : "Your calendar link is ready. Add it to your calendar app.";
        }

        // Stored as is, not hashed: the page shows the link again whenever its owner asks, and the token only reads
        // bookings that the same database already holds. 32 random bytes cannot be guessed; replacing revokes.
        private static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
    }
}

/// <summary>Turns the person's calendar link off: calendar apps subscribed to it get nothing more.</summary>
public static class TurnOffCalendarLink
{
    public sealed record Command : ICommand<Result<string>>, ISignedInRequest;

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            var removed = await db.CalendarFeeds.Where(row => row.UserId == actor.UserId).ExecuteDeleteAsync(cancellationToken);
            return removed == 0
                ? "You have no calendar link to turn off."
                : "Your calendar link is turned off. Calendar apps subscribed to it no longer get your bookings.";
        }
    }
}

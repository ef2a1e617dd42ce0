using LibraryPersonalization.Domain.Bookings;
using LibraryPersonalization.Web.Infrastructure.Shell;
using Quartz;

namespace LibraryPersonalization.Web.Features.Bookings;

public static class BookingSlices
{
    /// <summary>Plugs learning-zone bookings into home, the ecosystem page and the navigation.</summary>
    public static IServiceCollection AddLearningZonesSlice(this IServiceCollection services) =>
        services.AddBookingEngine().AddScoped<IElementContribution>(provider => ActivatorUtilities.CreateInstance<BookingContribution>(provider, BookingArea.LearningZones));

    /// <summary>Plugs media-lab bookings into home, the ecosystem page and the navigation.</summary>
    public static IServiceCollection AddMediaLabSlice(this IServiceCollection services) =>
        services.AddBookingEngine().AddScoped<IElementContribution>(provider => ActivatorUtilities.CreateInstance<BookingContribution>(provider, BookingArea.MediaLab));

    /// <summary>Both areas share one engine and one sweep, so the second area's call adds nothing.</summary>
    private static IServiceCollection AddBookingEngine(this IServiceCollection services)
    {
        if (services.Any(service => service.ServiceType == typeof(BookingEngine)))
        {
            return services;
        }

        services.AddScoped<BookingEngine>();
        services.AddScoped<WaitlistOffers>();
        services.AddScoped<ZoneMoves>();
        services.AddScoped<BookingSweep>();
        services.AddScoped<SelfCheckIn>();
        services.AddSingleton(provider => SchoolCalendarOf(provider.GetRequiredService<IConfiguration>()));
        services.ConfigureAllQuartzSchedulers(scheduler => scheduler.ScheduleJob<BookingSweepJob>(
            (provider, trigger) => trigger.WithIdentity("booking-sweep").WithSimpleSchedule(TimeSpan.FromSeconds(provider.GetRequiredService<IConfiguration>().GetValue("Bookings:SweepSeconds", 60))),
            (_, job) => job.WithIdentity(BookingSweepJob.Key)));
        return services;
    }

    /// <summary>The school's zone as <see cref="SchoolTime"/> reads it (<c>School:TimeZone</c>, UTC when unknown), for converting entered times.</summary>
    private static SchoolCalendar SchoolCalendarOf(IConfiguration configuration) =>
        new(TimeZoneInfo.TryFindSystemTimeZoneById(configuration["School:TimeZone"] ?? "UTC", out var zone) ? zone : TimeZoneInfo.Utc);
}

/// <summary>What one booking area adds to the shell; learning zones and the media lab each register one.</summary>
public sealed class BookingContribution(LibraryDbContext db, TimeProvider clock, SchoolTime schoolTime, EcosystemVolumes volumes, BookingArea area) : IElementContribution
{
    private bool IsZones => area.Element == EcosystemElement.PhysicalSpace;

    private string ApprovalsUrl => $"/bookings/approvals?area={area.Path.TrimStart('/')}";

    public EcosystemElement Element => area.Element;

    /// <summary>Both areas offer "Approvals" at the same address; the shell lists it once, and the page opens on an area the person may approve in.</summary>
    public IEnumerable<ShellLink> Navigation(Actor actor, Volume volume) =>
    [
        new(area.Title, area.Path, area.View),
        new("Approvals", "/bookings/approvals", area.Approve),
        new("My bookings", "/bookings/mine", area.View),
        new("Zones and studios", "/resources", GatedAction.ManageBookableResources),
    ];

    public IEnumerable<ShellLink> ActionLinks(Actor actor, Volume volume) =>
    [
        ShellLink.For(area.View, area.Path),
        ShellLink.For(area.Book, area.Path),
        ShellLink.For(area.Request, area.Path),
        ShellLink.For(area.CheckIn, "/bookings/mine"),
        ShellLink.For(area.Approve, ApprovalsUrl),
        new($"See who is in the {area.Title.ToLowerInvariant()} today and check people in", $"{area.Path}/today", area.Approve),
        .. IsZones
            ? new[] { ShellLink.For(GatedAction.AssignStudentsToZones, "/zones/today"), ShellLink.For(GatedAction.ProposeZoneChange, "/zones/proposals") }
            : [],
    ];

    public async Task<IReadOnlyList<AttentionItem>> NeedsAttentionAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var attention = new List<AttentionItem>();
        if ((await volumes.DecideAsync(area.Approve, actor, cancellationToken)).IsAllowed)
        {
            var waiting = await WaitingRequests.Waiting(db, area.Element, actor.UserId, clock.GetUtcNow()).CountAsync(cancellationToken);
            attention.Add(new(waiting, $"{area.Title.ToLowerInvariant()} requests to approve", ApprovalsUrl));
        }

        if (IsZones && actor.Role == LibraryRole.Librarian)
        {
            attention.Add(new(await db.ZoneProposals.CountAsync(proposal => proposal.Status == ProposalStatus.Open, cancellationToken), "zone proposals to answer", "/zones/proposals"));
        }

        return attention;
    }

    public async Task<IReadOnlyList<ParticipationFigure>> ParticipationAsync(DateRange range, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(range);
        var (from, to) = (range.From, range.To);
        var studentIds = db.UserRoles.Where(role => db.Roles.Any(named => named.Id == role.RoleId && named.Name == nameof(LibraryRole.Student))).Select(role => role.UserId);
        // One read of the month's student bookings, counted four ways here: the ecosystem page asks every element at once.
        var bookings = await db.Bookings.AsNoTracking()
            .Where(booking => booking.Resource!.Element == area.Element && booking.CreatedAt >= from && booking.CreatedAt < to && studentIds.Contains(booking.HolderId))
            .Select(booking => new { booking.Status, Decided = booking.DecidedAt != null, CheckedIn = booking.CheckedInAt != null })
            .ToListAsync(cancellationToken);
        return
        [
            new("bookings by students", bookings.Count(booking => booking.Status is not BookingStatus.Requested and not BookingStatus.Declined)),
            new("booking requests by students", bookings.Count(booking => booking.Status == BookingStatus.Requested || booking.Decided)),
            new("check-ins", bookings.Count(booking => booking.CheckedIn)),
            new("no-shows", bookings.Count(booking => booking.Status == BookingStatus.NoShow)),
        ];
    }

    public async Task<IReadOnlyList<PersonalList>> PersonalListsAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = clock.GetUtcNow();
        var upcoming = await db.Bookings.AsNoTracking()
            .Where(booking => booking.HolderId == actor.UserId && booking.Resource!.Element == area.Element && booking.End > now && Booking.Upcoming.Contains(booking.Status))
            .OrderBy(booking => booking.Start)
            .Take(5)
            .Select(booking => new { booking.Resource!.Name, booking.Start, booking.End, booking.Status })
            .ToListAsync(cancellationToken);
        return
        [
            new(
                $"My {area.Title.ToLowerInvariant()} bookings",
                $"You have no upcoming {area.Title.ToLowerInvariant()} bookings.",
                upcoming.Select(booking => new PersonalItem(
                    $"{booking.Name}, {schoolTime.Format(booking.Start, "ddd, MMM d, h:mm tt")} to {schoolTime.Format(booking.End, "h:mm tt")}",
                    "/bookings/mine",
                    booking.Status == BookingStatus.Requested ? "waiting for approval" : booking.Status.ToString().ToLowerInvariant())).ToList()),
        ];
    }
}

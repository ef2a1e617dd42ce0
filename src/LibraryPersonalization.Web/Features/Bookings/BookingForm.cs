using LibraryPersonalization.Domain.Bookings;

namespace LibraryPersonalization.Web.Features.Bookings;

/// <summary>What the booking form needs: the resource, the lengths one may book, and whether this person books or asks.</summary>
public static class BookingForm
{
    public sealed record Query(EcosystemElement Element, int ResourceId) : IQuery<Result<Model>>, IGatedRequest
    {
        public GatedAction Action => BookingArea.For(Element).View;
    }

    public sealed record Model(BookingArea Area, int ResourceId, string Name, string Purpose, int Seats, string TodayHours, IReadOnlyList<int> Lengths, bool MayBook, bool MayRequest, bool IsStaff, DateOnly Today);

    public sealed class Handler(BookingEngine engine, CurrentActor currentActor, EcosystemVolumes volumes) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var area = BookingArea.For(query.Element);
            if (await engine.FindAsync(query.Element, query.ResourceId, cancellationToken) is not { Retired: false } resource)
            {
                return new NotFound($"There is no such {area.ResourceNoun}.");
            }

            var actor = await currentActor.GetAsync(cancellationToken);
            return Describe(resource, actor, await AreaPermissions.ForAsync(volumes, area, actor, cancellationToken), engine.Calendar.DateOf(engine.Now));
        }
    }

    /// <summary>The form's facts for <paramref name="actor"/>: staff may book a whole school day, others up to the resource's longest booking.</summary>
    public static Model Describe(BookableResource resource, Actor actor, (bool MayBook, bool MayRequest) permissions, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(actor);
        var longest = actor.IsStaff ? Math.Max(resource.LongestBookingMinutes, 8 * 60) : resource.LongestBookingMinutes;
        var lengths = Enumerable.Range(1, Math.Max(1, longest / Math.Max(1, resource.SlotMinutes))).Select(steps => steps * resource.SlotMinutes).ToList();
        return new Model(BookingArea.For(resource.Element), resource.Id, resource.Name, resource.Purpose, resource.Seats, OpeningText.For(resource, today), lengths, permissions.MayBook, permissions.MayRequest, actor.IsStaff, today);
    }
}

using static LibraryPersonalization.Domain.Ecosystem.GatedAction;

namespace LibraryPersonalization.Web.Features.Bookings;

/// <summary>
/// One slice built on the booking engine: which element it is, where its pages live and which row of the policy
/// table gates each booking action there. Learning zones and the media lab differ only in this record.
/// </summary>
public sealed record BookingArea(
    EcosystemElement Element,
    string Path,
    string Title,
    string ResourceNoun,
    GatedAction View,
    GatedAction Book,
    GatedAction Request,
    GatedAction Approve,
    GatedAction CheckIn)
{
    public static BookingArea LearningZones { get; } = new(
        EcosystemElement.PhysicalSpace, "/zones", "Learning zones", "zone", ViewZones, BookZoneDirectly, RequestZoneBooking, ApproveZoneBookings, SelfCheckInToZone);

    public static BookingArea MediaLab { get; } = new(
        EcosystemElement.MediaLab, "/media-lab", "Media lab", "studio", ViewMediaLab, BookMediaLab, RequestMediaLabBooking, ManageMediaLabSchedule, CheckInToMediaLab);

    public static IReadOnlyList<BookingArea> All { get; } = [LearningZones, MediaLab];

    public static BookingArea For(EcosystemElement element) =>
        All.SingleOrDefault(area => area.Element == element)
        ?? throw new ArgumentOutOfRangeException(nameof(element), element, "Only learning zones and the media lab are booked.");
}

using LibraryPersonalization.Domain.Bookings;

namespace LibraryPersonalization.Web.Tests.Bookings;

/// <summary>Settings the booking tests share: roomy student limits, so a test about one rule is not refused by another.</summary>
public static class BookingArrange
{
    public static Task RoomyLimitsAsync(LibraryAppFactory app) =>
        app.WithDbAsync(async db =>
        {
            foreach (var element in new[] { EcosystemElement.PhysicalSpace, EcosystemElement.MediaLab })
            {
                var limits = await db.BookingLimits.SingleOrDefaultAsync(row => row.Element == element);
                if (limits is null)
                {
                    limits = new BookingLimits { Element = element };
                    db.BookingLimits.Add(limits);
                }

                (limits.MaxHoursPerDay, limits.MaxHoursPerWeek, limits.MaxOpenBookings) = (12, 60, 100);
            }

            await db.SaveChangesAsync();
        });

    public static Dictionary<string, string> Slot(DateOnly day, TimeOnly start, int minutes) => new()
    {
        ["Date"] = BookingTestData.Iso(day),
        ["Start time"] = start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        ["How long"] = minutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static Dictionary<string, string> ForgedSlot(DateOnly day, TimeOnly start, int minutes) => new()
    {
        ["Date"] = BookingTestData.Iso(day),
        ["Start"] = start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        ["Minutes"] = minutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

using LibraryPersonalization.Domain.Ecosystem;

namespace LibraryPersonalization.Domain.Bookings;

/// <summary>A learning zone (Physical Space) or a media-lab studio or station (Media Lab) that people book by the slot.</summary>
public class BookableResource
{
    public int Id { get; set; }
    public EcosystemElement Element { get; set; }
    public required string Name { get; set; }
    public required string Purpose { get; set; }
    public int Seats { get; set; }
    public int SlotMinutes { get; set; } = 30;
    public int LongestBookingMinutes { get; set; } = 120;
    public int BookingWindowDays { get; set; } = 14;
    public int LeadTimeMinutes { get; set; }
    public int BufferMinutes { get; set; }
    public bool Retired { get; set; }

    /// <summary>Bumped first by every booking write, so writers for one resource queue behind its row lock on every provider.</summary>
    public long LockVersion { get; set; }

    public List<OpeningHours> Hours { get; } = [];
    public List<ClosedDate> ClosedDates { get; } = [];

    public OpeningHours? HoursOn(DayOfWeek day) => Hours.FirstOrDefault(hours => hours.Day == day);

    public ClosedDate? ClosureOn(DateOnly date) => ClosedDates.FirstOrDefault(closed => closed.Date == date);

    /// <summary>The bookable slots of one school day, in school time; none when closed.</summary>
    public IReadOnlyList<TimeOnly> SlotStartsOn(DateOnly date)
    {
        if (ClosureOn(date) is not null || HoursOn(date.DayOfWeek) is not { } hours || SlotMinutes <= 0)
        {
            return [];
        }

        var starts = new List<TimeOnly>();
        for (var start = hours.Opens; start.AddMinutes(SlotMinutes) <= hours.Closes && start >= hours.Opens; start = start.AddMinutes(SlotMinutes))
        {
            starts.Add(start);
        }

        return starts;
    }
}

/// <summary>When a resource is open on one weekday, in school time.</summary>
public class OpeningHours
{
    public int Id { get; set; }
    public int ResourceId { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly Opens { get; set; }
    public TimeOnly Closes { get; set; }
}

/// <summary>A date a resource is closed (holiday, exam day), with the reason people are told.</summary>
public class ClosedDate
{
    public int Id { get; set; }
    public int ResourceId { get; set; }
    public DateOnly Date { get; set; }
    public required string Reason { get; set; }
}

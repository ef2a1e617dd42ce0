namespace LibraryPersonalization.Domain.Bookings;

public enum BookingStatus
{
    /// <summary>Asked for; waits for staff (or a student expert) and holds no seat yet.</summary>
    Requested,
    Confirmed,
    CheckedIn,

    /// <summary>A freed seat held for the next person on the waitlist until they claim it or the offer expires.</summary>
    Offered,
    Cancelled,
    Declined,
    NoShow,
    Expired,
}

/// <summary>Seats of one resource held by one person (or a class) from <see cref="Start"/> to <see cref="End"/> (UTC).</summary>
public class Booking
{
    public int Id { get; set; }
    public int ResourceId { get; set; }
    public BookableResource? Resource { get; set; }
    public required string HolderId { get; set; }
    public required string HolderName { get; set; }
    public required string BookedById { get; set; }
    public DateTimeOffset Start { get; set; }
    public DateTimeOffset End { get; set; }
    public int Seats { get; set; } = 1;
    public string? ClassName { get; set; }
    public int? HeadCount { get; set; }
    public string? Note { get; set; }
    public BookingStatus Status { get; set; }

    /// <summary>Why it was declined, cancelled or released, shown to the holder.</summary>
    public string? StatusReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedById { get; set; }
    public DateTimeOffset? CheckedInAt { get; set; }
    public DateTimeOffset? OfferExpiresAt { get; set; }

    /// <summary>Shared by the bookings of one weekly recurring series.</summary>
    public Guid? SeriesId { get; set; }

    public static IReadOnlyList<BookingStatus> HoldingSeats { get; } = [BookingStatus.Confirmed, BookingStatus.CheckedIn, BookingStatus.Offered];

    public static IReadOnlyList<BookingStatus> Upcoming { get; } = [BookingStatus.Requested, BookingStatus.Confirmed, BookingStatus.CheckedIn, BookingStatus.Offered];

    public bool HoldsSeats => HoldingSeats.Contains(Status);

    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => Start < end && start < End;
}

public enum WaitlistStatus
{
    Waiting,
    Offered,
    Claimed,
    Expired,
    Left,

    /// <summary>The date was closed while they waited; they were told the closure's reason.</summary>
    Closed,
}

/// <summary>Someone waiting for a seat in a full slot; the first waiting entry is offered the next freed seat.</summary>
public class WaitlistEntry
{
    public int Id { get; set; }
    public int ResourceId { get; set; }
    public BookableResource? Resource { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public DateTimeOffset Start { get; set; }
    public DateTimeOffset End { get; set; }
    public DateTimeOffset JoinedAt { get; set; }
    public WaitlistStatus Status { get; set; }
    public int? OfferedBookingId { get; set; }
}

public enum ProposalStatus
{
    Open,
    Accepted,
    Declined,
}

/// <summary>A student's proposal to change a learning zone, answered by a librarian.</summary>
public class ZoneProposal
{
    public int Id { get; set; }
    public int? ResourceId { get; set; }
    public BookableResource? Resource { get; set; }
    public required string ProposerId { get; set; }
    public required string ProposerName { get; set; }
    public required string Proposal { get; set; }
    public ProposalStatus Status { get; set; }
    public string? Reply { get; set; }
    public string? RepliedByName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RepliedAt { get; set; }
}

/// <summary>What librarians allow one student per element, and how long check-in and waitlist offers stay open.</summary>
public class BookingLimits
{
    public Ecosystem.EcosystemElement Element { get; set; }
    public int MaxHoursPerDay { get; set; } = 2;
    public int MaxHoursPerWeek { get; set; } = 6;
    public int MaxOpenBookings { get; set; } = 3;
    public int CheckInWindowMinutes { get; set; } = 15;
    public int ClaimMinutes { get; set; } = 30;
}

/// <summary>The secret behind a person's calendar feed URL; replacing it revokes the old URL.</summary>
public class CalendarFeed
{
    public required string UserId { get; set; }
    public required string Token { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

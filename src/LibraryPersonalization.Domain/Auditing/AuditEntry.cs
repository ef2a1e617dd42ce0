namespace LibraryPersonalization.Domain.Auditing;

/// <summary>One state change made by staff: who did what, when, with which input.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public required string ActorId { get; set; }
    public required string ActorName { get; set; }
    public required string Action { get; set; }
    public required string Details { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>A message for one user, e.g. that a request they support changed status.</summary>
public class Notification
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string Message { get; set; }
    public string? Link { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}

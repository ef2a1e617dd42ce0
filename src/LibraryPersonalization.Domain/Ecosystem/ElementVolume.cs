namespace LibraryPersonalization.Domain.Ecosystem;

/// <summary>The current stop of one element's slider.</summary>
public class ElementVolume
{
    public EcosystemElement Element { get; set; }
    public Volume Volume { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}

/// <summary>An audited move of an element's slider.</summary>
public class VolumeChange
{
    public int Id { get; set; }
    public EcosystemElement Element { get; set; }
    public Volume From { get; set; }
    public Volume To { get; set; }
    public string? Reason { get; set; }
    public required string ChangedById { get; set; }
    public required string ChangedByName { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}

/// <summary>A designation (expert, selection committee) a librarian granted a student in one element.</summary>
public class StudentDesignation
{
    public int Id { get; set; }
    public required string StudentId { get; set; }
    public EcosystemElement Element { get; set; }
    public Designation Designation { get; set; }
    public required string GrantedById { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
}

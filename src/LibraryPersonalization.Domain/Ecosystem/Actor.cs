namespace LibraryPersonalization.Domain.Ecosystem;

/// <summary>Who is asking: a role plus the per-element designations a librarian granted.</summary>
public sealed record Actor(string UserId, string DisplayName, LibraryRole Role, IReadOnlySet<(EcosystemElement Element, Designation Designation)> Designations)
{
    public bool IsStaff => Role is LibraryRole.Librarian or LibraryRole.Teacher;

    public bool Holds(EcosystemElement element, Designation designation) => Designations.Contains((element, designation));
}

namespace LibraryPersonalization.Domain.Ecosystem;

/// <summary>
/// One row of the volume policy: the lowest volume at which students and teachers may take an action.
/// A null volume means the role may never take it; librarians may always.
/// </summary>
public sealed record PolicyRule(
    GatedAction Action,
    EcosystemElement Element,
    string Description,
    Volume? StudentsFrom,
    Volume? TeachersFrom,
    Designation? StudentDesignation = null)
{
    public Volume? LowestVolumeFor(LibraryRole role) => role switch
    {
        LibraryRole.Librarian => Volume.LibrarianGenerated,
        LibraryRole.Teacher => TeachersFrom,
        _ => StudentsFrom,
    };
}

namespace LibraryPersonalization.Domain.Ecosystem;

public enum EcosystemElement
{
    Collection,
    PhysicalSpace,
    TutorialsAndDemos,
    Makerspace,
    MediaLab,
    HelpCenter,
}

/// <summary>Ordered: a higher volume gives students more agency.</summary>
public enum Volume
{
    LibrarianGenerated,
    Cocreated,
    StudentGenerated,
}

public enum LibraryRole
{
    Librarian,
    Teacher,
    Student,
}

/// <summary>A per-element role a librarian grants to a student.</summary>
public enum Designation
{
    Expert,
    SelectionCommittee,
}

public static class EcosystemNames
{
    public static string DisplayName(this EcosystemElement element) => element switch
    {
        EcosystemElement.Collection => "Collection",
        EcosystemElement.PhysicalSpace => "Physical Space",
        EcosystemElement.TutorialsAndDemos => "Tutorials & Demos",
        EcosystemElement.Makerspace => "Makerspace",
        EcosystemElement.MediaLab => "Media Lab",
        EcosystemElement.HelpCenter => "Help Center",
        _ => element.ToString(),
    };

    public static string DisplayName(this Volume volume) => volume switch
    {
        Volume.LibrarianGenerated => "Librarian-generated",
        Volume.Cocreated => "Cocreated",
        Volume.StudentGenerated => "Student-generated",
        _ => volume.ToString(),
    };

    public static string DisplayName(this Designation designation) => designation switch
    {
        Designation.Expert => "Student expert",
        Designation.SelectionCommittee => "Selection committee",
        _ => designation.ToString(),
    };
}

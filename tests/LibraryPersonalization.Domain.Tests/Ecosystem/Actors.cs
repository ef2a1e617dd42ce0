using LibraryPersonalization.Domain.Ecosystem;

namespace LibraryPersonalization.Domain.Tests.Ecosystem;

public static class Actors
{
    public static Actor With(LibraryRole role, params (EcosystemElement Element, Designation Designation)[] designations) =>
        new($"{role}-id", $"A {role}", role, designations.ToHashSet());

    public static Actor Librarian => With(LibraryRole.Librarian);

    public static Actor Teacher => With(LibraryRole.Teacher);

    public static Actor Student => With(LibraryRole.Student);
}

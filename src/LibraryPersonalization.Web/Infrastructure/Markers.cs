namespace LibraryPersonalization.Web.Infrastructure;

/// <summary>A command the volume policy gates: the authorization behavior asks the policy before its handler runs.</summary>
public interface IGatedCommand
{
    GatedAction Action { get; }
}

/// <summary>A command only librarians may send (accounts, settings, the ecosystem sliders).</summary>
public interface ILibrarianCommand
{
    string Purpose { get; }
}

namespace LibraryPersonalization.Web.Tests.HostileInput;

/// <summary>
/// The demo school for one hostile-input run: its JSON log at Warning, since only its errors are read. Like every test
/// host it runs no background jobs, so the database changes only through the posts the run compares it around.
/// </summary>
public sealed class HostileInputAppFactory : JsonLogAppFactory
{
    protected override string MinimumLevel => "Warning";
}

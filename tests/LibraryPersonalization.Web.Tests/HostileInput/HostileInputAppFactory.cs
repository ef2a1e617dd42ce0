using Microsoft.AspNetCore.Hosting;

namespace LibraryPersonalization.Web.Tests.HostileInput;

/// <summary>
/// The demo school for one hostile-input run: its JSON log at Warning, since only its errors are read, and no
/// booking sweep, so the database changes only through the posts the run compares it around.
/// </summary>
public sealed class HostileInputAppFactory : JsonLogAppFactory
{
    protected override string MinimumLevel => "Warning";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Bookings:SweepSeconds", "86400");
    }
}

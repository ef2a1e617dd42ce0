using System.Globalization;
using LibraryPersonalization.Web;
using LibraryPersonalization.Web.Features.Bookings;
using LibraryPersonalization.Web.Features.Collection;
using LibraryPersonalization.Web.Features.HelpDesk;
using LibraryPersonalization.Web.Features.Tutorials;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateBootstrapLogger();

try
{
    if (DatabaseBackup.IsRequested(args))
    {
        return DatabaseBackup.Run(WebApplication.CreateBuilder().Configuration, args[1], Console.Out);
    }

    var builder = WebApplication.CreateBuilder(args).AddLibraryServices();
    builder.Services.AddCollectionSlice();
    builder.Services.AddLearningZonesSlice();
    builder.Services.AddMediaLabSlice();
    builder.Services.AddHelpCenterSlice();
    builder.Services.AddTutorialsSlice(builder.Configuration);
    var app = builder.Build();
    await app.PrepareDatabaseAsync();
    app.UseLibraryPipeline();
    await app.RunAsync();
    return 0;
}
catch (IOException exception) when (LibraryHost.IsAddressInUse(exception))
{
    Log.Fatal("{Reason} Another program, perhaps another copy of this site, is using that port: stop it or choose another port (see README, \"Run it\").", exception.Message);
    return 1;
}
catch (StartupRefusedException refusal)
{
    Log.Fatal("{Reason}", refusal.Message);
    return 1;
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    Log.Fatal(exception, "The site stopped unexpectedly");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point; public so the functional tests can host it.</summary>
public partial class Program;

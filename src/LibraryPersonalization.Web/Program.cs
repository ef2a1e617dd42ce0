using System.Globalization;
using LibraryPersonalization.Web;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateBootstrapLogger();

try
{
    var app = WebApplication.CreateBuilder(args).AddLibraryServices().Build();
    await app.PrepareDatabaseAsync();
    app.UseLibraryPipeline();
    await app.RunAsync();
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

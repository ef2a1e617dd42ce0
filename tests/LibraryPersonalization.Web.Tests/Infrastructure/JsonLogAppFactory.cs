using System.Text.Json;

namespace LibraryPersonalization.Web.Tests.Infrastructure;

/// <summary>The app writing its structured log to a JSON file (<c>Logs:JsonFile</c>), as an operator's log shipper receives it, at Information for everything unless a subclass says otherwise.</summary>
public class JsonLogAppFactory : LibraryAppFactory
{
    public string LogFile { get; } = Path.Combine(Path.GetTempPath(), $"library-log-{Guid.NewGuid():N}.json");

    /// <summary>The lowest level written, for the app and for ASP.NET Core alike.</summary>
    protected virtual string MinimumLevel => "Information";

    public string ReadLog()
    {
        using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The logged events at Error or Fatal, each as its JSON line.</summary>
    public IReadOnlyList<string> ErrorEvents() =>
        ReadLog().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line =>
            {
                using var logEvent = JsonDocument.Parse(line);
                return logEvent.RootElement.TryGetProperty("@l", out var level) && level.GetString() is "Error" or "Fatal";
            })
            .ToList();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Serilog:MinimumLevel:Default", MinimumLevel);
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", MinimumLevel);
        builder.UseSetting("Logs:JsonFile", LogFile);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        File.Delete(LogFile);
    }
}

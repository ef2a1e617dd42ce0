using System.Reflection;

namespace LibraryPersonalization.Browser.Tests.Infrastructure;

/// <summary>artifacts/screenshots at the repository root, whatever the build's output folder is.</summary>
public static class Screenshots
{
    public static string Folder { get; } = CreateFolder();

    public static string PathFor(string name) => Path.Combine(Folder, $"{name}.png");

    private static string CreateFolder()
    {
        var root = typeof(Screenshots).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "RepositoryRoot").Value
            ?? throw new InvalidOperationException("The build did not record the repository root.");
        var folder = Path.Combine(root, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}

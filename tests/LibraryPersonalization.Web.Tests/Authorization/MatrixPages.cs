namespace LibraryPersonalization.Web.Tests.Authorization;

/// <summary>What the authorization matrices read on a page: the volume a refusal names, and a short excerpt for a failure message.</summary>
public static class MatrixPages
{
    public static string VolumeName(Volume volume) => volume switch
    {
        Volume.LibrarianGenerated => "Librarian-generated",
        Volume.Cocreated => "Cocreated",
        _ => "Student-generated",
    };

    public static string Excerpt(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var start = body.IndexOf("<main", StringComparison.Ordinal);
        var main = start < 0 ? body : body[start..];
        return main.Length > 600 ? main[..600] : main;
    }
}

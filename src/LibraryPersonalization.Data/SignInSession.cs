namespace LibraryPersonalization.Data;

/// <summary>
/// One signed-in browser. The cookie carries only <see cref="Id"/>; signing out deletes the row, so a copied cookie
/// stops working at once instead of living until it expires.
/// </summary>
public class SignInSession
{
    public required string Id { get; init; }
    public required string UserId { get; init; }
    public required byte[] Ticket { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ExpiresAt { get; set; }
}

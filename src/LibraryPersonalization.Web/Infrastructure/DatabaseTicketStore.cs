using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace LibraryPersonalization.Web.Infrastructure;

/// <summary>
/// Keeps sign-ins on the server (one <see cref="SignInSession"/> row each), so signing out, "sign out everywhere",
/// a librarian ending someone's sessions and deactivation take effect on the next request, on every web instance.
/// </summary>
public sealed class DatabaseTicketStore(IServiceScopeFactory scopes, TimeProvider clock) : ITicketStore
{
    // Compiled, as are the designation and volume reads: every signed-in request runs all three before its page starts.
    private static readonly CompiledPerProvider<Func<LibraryDbContext, string, DateTimeOffset, Task<byte[]?>>> LiveTicket = new(() =>
        EF.CompileAsyncQuery((LibraryDbContext db, string key, DateTimeOffset now) => db.SignInSessions
            .Where(session => session.Id == key && (session.ExpiresAt == null || session.ExpiresAt > now))
            .Select(session => session.Ticket)
            .SingleOrDefault()));

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var userId = ticket.Principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value
            ?? throw new InvalidOperationException("A sign-in without a user id cannot be stored.");
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LibraryDbContext>();
        await db.SignInSessions.Where(session => session.UserId == userId && session.ExpiresAt < now).ExecuteDeleteAsync();
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        db.SignInSessions.Add(new SignInSession { Id = key, UserId = userId, Ticket = TicketSerializer.Default.Serialize(ticket), CreatedAt = now, ExpiresAt = ticket.Properties.ExpiresUtc });
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var serialized = TicketSerializer.Default.Serialize(ticket);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LibraryDbContext>().SignInSessions
            .Where(session => session.Id == key)
            .ExecuteUpdateAsync(setters => setters.SetProperty(session => session.Ticket, serialized).SetProperty(session => session.ExpiresAt, ticket.Properties.ExpiresUtc));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LibraryDbContext>();
        var ticket = await LiveTicket.For(db)(db, key, now);
        return ticket is null ? null : TicketSerializer.Default.Deserialize(ticket);
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LibraryDbContext>().SignInSessions.Where(session => session.Id == key).ExecuteDeleteAsync();
    }
}

public static class SignInSessions
{
    /// <summary>Ends every sign-in of one person: each of their browsers is signed out on its next request.</summary>
    public static Task<int> EndAllAsync(this LibraryDbContext db, string userId, CancellationToken cancellationToken) =>
        db.SignInSessions.Where(session => session.UserId == userId).ExecuteDeleteAsync(cancellationToken);

    public static IServiceCollection AddServerSideSignIns(this IServiceCollection services)
    {
        services.AddSingleton<ITicketStore, DatabaseTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme)
            .Configure<ITicketStore>((options, store) => options.SessionStore = store);
        return services;
    }
}

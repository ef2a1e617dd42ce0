using System.Threading.RateLimiting;

namespace LibraryPersonalization.Web.Features.Account;

/// <summary>
/// Sign-in attempts per account and per network address, on ASP.NET Core's rate limiters, beside Identity's lockout:
/// the lockout stops guessing one password after five failures; these stop spraying many accounts from one address and
/// hammering one account from many. A school's students often share one address, so that limit is the higher one.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> perAccount;
    private readonly PartitionedRateLimiter<string> perAddress;

    public SignInThrottle(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        perAccount = PerMinute(configuration.GetValue("SignIn:AttemptsPerAccountPerMinute", 10));
        perAddress = PerMinute(configuration.GetValue("SignIn:AttemptsPerAddressPerMinute", 60));
    }

    /// <summary>Null when the attempt may go ahead; otherwise what to tell the person.</summary>
    public string? Refusal(string? address, string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        using var fromAddress = perAddress.AttemptAcquire(address ?? "unknown");
        if (!fromAddress.IsAcquired)
        {
            return "Too many sign-in attempts from this network. Wait a minute and try again.";
        }

        using var forAccount = perAccount.AttemptAcquire(email.Trim().ToUpperInvariant());
        return forAccount.IsAcquired ? null : "Too many sign-in attempts for this account. Wait a minute and try again.";
    }

    public void Dispose()
    {
        perAccount.Dispose();
        perAddress.Dispose();
    }

    private static PartitionedRateLimiter<string> PerMinute(int attempts) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(
            key, _ => new FixedWindowRateLimiterOptions { PermitLimit = attempts, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
}

using LibraryPersonalization.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryPersonalization.Web.Tests.Infrastructure;

/// <summary>Lets a test send commands without HTTP as a given person of the real app.</summary>
public static class SignedInScope
{
    /// <summary>
    /// What a request of <paramref name="email"/>'s carries. The caller assigns it to <see cref="IHttpContextAccessor.HttpContext"/>
    /// itself: the accessor keeps it in an async-local, which an assignment inside this method would not hand back.
    /// </summary>
    public static async Task<HttpContext> SignedInContextAsync(this IServiceProvider services, string email)
    {
        var user = await services.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
        var principal = await services.GetRequiredService<SignInManager<ApplicationUser>>().CreateUserPrincipalAsync(user!);
        return new DefaultHttpContext { User = principal, RequestServices = services };
    }
}

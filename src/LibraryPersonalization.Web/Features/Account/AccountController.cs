using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Features.Account;

[Route("account")]
public sealed class AccountController(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, SignInThrottle throttle, ILogger<AccountController> logger) : Controller
{
    private const string NoMatch = "That email and password do not match an account.";

    [AllowAnonymous]
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        if (throttle.Refusal(HttpContext.Connection.RemoteIpAddress?.ToString(), form.Email) is { } tooMany)
        {
            logger.LogWarning("Sign-in attempt for {Email} refused by the rate limit", form.Email);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = "60";
            ModelState.AddModelError(string.Empty, tooMany);
            return View(form);
        }

        var user = await users.FindByEmailAsync(form.Email);
        if (user is { IsActive: false })
        {
            // Only someone who knows the password learns that the account is deactivated.
            ModelState.AddModelError(string.Empty, await users.CheckPasswordAsync(user, form.Password) ? "This account has been deactivated. Please see the librarian." : NoMatch);
            return View(form);
        }

        var result = await signIn.PasswordSignInAsync(form.Email, form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("{Email} signed in", form.Email);
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Too many failed attempts. This account is locked for 15 minutes; the librarian can unlock it sooner."
            : NoMatch);
        return View(form);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return Redirect("/account/login");
    }

    [AllowAnonymous]
    [HttpGet("denied")]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }
}

public sealed class LoginForm
{
    [Required(ErrorMessage = "Enter your school email.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@school.org.")]
    [Display(Name = "School email")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    public string? ReturnUrl { get; set; }
}

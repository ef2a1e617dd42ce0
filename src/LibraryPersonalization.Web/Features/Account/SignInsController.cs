using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Features.Account;

[Route("account/sign-ins")]
public sealed class SignInsController(ISender sender) : FeatureController(sender)
{
    [HttpGet("")]
    public Task<IActionResult> Index() => Show(new MySignIns.Query(), count => View("SignIns", count));

    /// <summary>This browser's own session is among those ended, so the next page asks for the password.</summary>
    [HttpPost("end")]
    public Task<IActionResult> EndAll() =>
        Run(new SignOutEverywhere.Command(), ended => Done($"Signed out on {ended} {(ended == 1 ? "browser" : "browsers")}.", Redirect("/account/login")));
}

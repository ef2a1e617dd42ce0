using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Features.Accounts;

[Authorize(Roles = nameof(LibraryRole.Librarian))]
[Route("accounts")]
public sealed class AccountsController(ISender sender) : FeatureController(sender)
{
    [HttpGet("")]
    public Task<IActionResult> Index(string? search, int? page) =>
        Show(new AccountList.Query(search, Paging.Clamp(page)), model => View(model));

    [HttpGet("new")]
    public IActionResult Create() => View(new CreateAccount.Command());

    [HttpPost("new")]
    public Task<IActionResult> Create(CreateAccount.Command command) =>
        Run(command, _ => Done($"Account created for {command.DisplayName}. Give them the temporary password in person.", RedirectToAction(nameof(Index))), () => Task.FromResult<IActionResult>(View(command)));

    [HttpPost("{userId}/password")]
    public Task<IActionResult> ResetPassword(string userId, string newPassword) =>
        Run(new ResetPassword.Command { UserId = userId, NewPassword = newPassword }, _ => Done("Password reset and account unlocked.", RedirectToAction(nameof(Index))));

    [HttpPost("{userId}/active")]
    public Task<IActionResult> SetActive(string userId, bool active) =>
        Run(new SetAccountActive.Command(userId, active), _ => Done(active ? "Account reactivated." : "Account deactivated: the person is signed out everywhere.", RedirectToAction(nameof(Index))));

    [HttpPost("{userId}/sign-ins/end")]
    public Task<IActionResult> EndSignIns(string userId) =>
        Run(new EndSignIns.Command(userId), ended => Done($"Signed out on {ended} {(ended == 1 ? "browser" : "browsers")}.", RedirectToAction(nameof(Index))));

    [HttpPost("{userId}/designations")]
    public Task<IActionResult> Grant(string userId, EcosystemElement element, Designation designation) =>
        Run(new GrantDesignation.Command(userId, element, designation), _ => Done("Designation granted.", RedirectToAction(nameof(Index))));

    [HttpPost("designations/{designationId:int}/revoke")]
    public Task<IActionResult> Revoke(int designationId) =>
        Run(new RevokeDesignation.Command(designationId), _ => Done("Designation removed.", RedirectToAction(nameof(Index))));
}

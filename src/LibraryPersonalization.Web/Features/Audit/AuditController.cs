using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Features.Audit;

[Authorize(Roles = nameof(LibraryRole.Librarian))]
[Route("audit")]
public sealed class AuditController(ISender sender) : FeatureController(sender)
{
    [HttpGet("")]
    public Task<IActionResult> Index(int? page) => Show(new AuditLog.Query(Paging.Clamp(page)), model => View(model));
}

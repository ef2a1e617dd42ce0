using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Features.Audit;

[Authorize(Roles = nameof(LibraryRole.Librarian))]
[Route("audit")]
public sealed class AuditController(ISender sender) : FeatureController(sender)
{
    [HttpGet("")]
    public Task<IActionResult> Index(string? what, string? who, DateOnly? from, DateOnly? to, int? page) =>
        Show(new AuditLog.Query(new(what, who, from, to), Paging.Clamp(page)), model => View(model));

    [HttpGet("export.csv")]
    public Task<IActionResult> Export(string? what, string? who, DateOnly? from, DateOnly? to) =>
        Show(new AuditLog.Export(new(what, who, from, to)), csv => File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", "audit-log.csv"));
}

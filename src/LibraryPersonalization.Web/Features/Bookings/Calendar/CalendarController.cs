using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Features.Bookings.Calendar;

[Route("calendar")]
public sealed class CalendarController(ISender sender) : FeatureController(sender)
{
    private const string CalendarView = "~/Features/Bookings/Calendar/Views/Calendar.cshtml";
    private const string IcsContentType = "text/calendar; charset=utf-8";

    [HttpGet("")]
    public Task<IActionResult> Index() =>
        Show(new MyCalendarLink.Query(), link => View(CalendarView, new CalendarPage(link.Token is null ? null : FeedUrl(link.Token), link.Created)));

    [HttpPost("link")]
    public Task<IActionResult> NewLink() =>
        Run(new NewCalendarLink.Command(), message => Done(message, RedirectToAction(nameof(Index))));

    [HttpPost("off")]
    public Task<IActionResult> TurnOff() =>
        Run(new TurnOffCalendarLink.Command(), message => Done(message, RedirectToAction(nameof(Index))));

    /// <summary>What calendar apps fetch, without a cookie: the token in the URL is the secret.</summary>
    [AllowAnonymous]
    [HttpGet("feed/{token}.ics")]
    public async Task<IActionResult> Feed(string token, [FromServices] LibraryDbContext db, [FromServices] TimeProvider clock) =>
        await BookingFeed.ReadAsync(db, token, clock.GetUtcNow(), HttpContext.RequestAborted) is { } ics ? Content(ics, IcsContentType) : NotFound();

    [HttpGet("/bookings/{id:int}/ics")]
    public Task<IActionResult> Download(int id) =>
        Show(new BookingIcs.Query(id), ics => File(Encoding.UTF8.GetBytes(ics), IcsContentType, $"booking-{id}.ics"));

    private string FeedUrl(string token) => Url.Action(nameof(Feed), "Calendar", new { token }, Request.Scheme)!;
}

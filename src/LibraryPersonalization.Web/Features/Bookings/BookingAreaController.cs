using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Features.Bookings;

/// <summary>The pages every booking area shares; each area's controller only names its <see cref="BookingArea"/> and route.</summary>
public abstract class BookingAreaController(ISender sender) : FeatureController(sender)
{
    protected abstract BookingArea Area { get; }

    [HttpGet("")]
    public Task<IActionResult> Index() =>
        Show(new AreaOverview.Query(Area.Element), model => View("Area", model));

    /// <summary>The resource's free, partly full and full slots: a day with <paramref name="date"/>, else the school week of <paramref name="week"/> (this week by default).</summary>
    [HttpGet("{id:int}")]
    public Task<IActionResult> Grid(int id, DateOnly? date, DateOnly? week) =>
        Show(new AvailabilityGrid.Query(Area.Element, id, date, week), model => View("Grid", model));

    [HttpGet("{id:int}/book")]
    public Task<IActionResult> Book(int id, DateOnly? date, TimeOnly? start) =>
        Show(new BookingForm.Query(Area.Element, id), model => View("Book", new BookingFormPage(model, new BookTime.Command { Date = date ?? model.Today, Start = start ?? default, Minutes = model.Lengths[0] })));

    /// <summary>Books the time; staff who ticked "Repeat weekly" see every weekly date checked first, and nothing is booked yet.</summary>
    [HttpPost("{id:int}/book")]
    public Task<IActionResult> Book(int id, BookTime.Command command, bool repeatWeekly, DateOnly? repeatUntil)
    {
        ArgumentNullException.ThrowIfNull(command);
        (command.Element, command.ResourceId) = (Area.Element, id);
        return repeatWeekly
            ? Show(new BookSeries.Preview(BookSeries.Command.Repeating(command, repeatUntil)), preview => View("Series", preview), () => Redisplay(id, command, repeatUntil))
            : Run(command, placed => Done(placed.Message, Redirect("/bookings/mine")), () => Redisplay(id, command));
    }

    [HttpPost("{id:int}/book-weekly")]
    public Task<IActionResult> BookWeekly(int id, BookSeries.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        (command.Element, command.ResourceId) = (Area.Element, id);
        return Run(command, message => Done(message, Redirect("/bookings/mine")), () => Redisplay(id, command, command.RepeatUntil));
    }

    [HttpPost("{id:int}/request")]
    public Task<IActionResult> AskFor(int id, RequestTime.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        (command.Element, command.ResourceId) = (Area.Element, id);
        return Run(command, placed => Done(placed.Message, Redirect("/bookings/mine")), () => Redisplay(id, command));
    }

    [HttpGet("{id:int}/check-in")]
    public Task<IActionResult> CheckInForm(int id) =>
        Show(new CheckInPage.Query(Area.Element, id), model => View("CheckIn", model));

    [HttpPost("{id:int}/check-in")]
    public Task<IActionResult> CheckInNow(int id, CheckIn.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        (command.Element, command.ResourceId) = (Area.Element, id);
        return Run(command, message => Done(message, RedirectToAction(nameof(CheckInForm), new { id })));
    }

    /// <summary>The printable QR poster; the code holds the absolute check-in URL so a phone camera opens it.</summary>
    [HttpGet("{id:int}/qr")]
    public Task<IActionResult> Qr(int id) =>
        Show(new CheckInPoster.Query(Area.Element, id, CheckInUrl(id)), model => View("Poster", model));

    /// <summary>The poster's code as an image of its own: the site's content security policy allows images from itself only.</summary>
    [HttpGet("{id:int}/qr.svg")]
    public Task<IActionResult> QrImage(int id) =>
        Show(new CheckInPoster.Query(Area.Element, id, CheckInUrl(id)), model => File(CheckInPoster.Svg(model.CheckInUrl), "image/svg+xml"));

    private string CheckInUrl(int id) => $"{Request.Scheme}://{Request.Host}{Request.PathBase}{Area.Path}/{id}/check-in";

    [HttpPost("{id:int}/waitlist")]
    public Task<IActionResult> Wait(int id, JoinWaitlist.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        (command.Element, command.ResourceId) = (Area.Element, id);
        return Run(command, message => Done(message, Redirect("/bookings/mine")));
    }

    /// <summary>The form again with what was posted; a booking refused because the time is full offers its waitlist.</summary>
    private async Task<IActionResult> Redisplay(int id, SlotCommand posted, DateOnly? repeatUntil = null)
    {
        var full = posted is BookTime.Command
            && (await Sender.Send(new FullSlot.Query(Area.Element, id, posted.Date, posted.Start, posted.Minutes), HttpContext.RequestAborted)).Value;
        return await Show(new BookingForm.Query(Area.Element, id), model => View("Book", new BookingFormPage(model, new BookTime.Command
        {
            Date = posted.Date,
            Start = posted.Start,
            Minutes = posted.Minutes,
            Note = posted.Note,
            ClassName = (posted as ClassSlotCommand)?.ClassName,
            HeadCount = (posted as ClassSlotCommand)?.HeadCount,
        }, repeatUntil, full)));
    }
}

/// <summary>The booking form's facts and values; <see cref="RepeatUntil"/> keeps a staff member's weekly choice when the form comes back, <see cref="OfferWaitlist"/> says the time asked for is full.</summary>
public sealed record BookingFormPage(BookingForm.Model Info, BookTime.Command Form, DateOnly? RepeatUntil = null, bool OfferWaitlist = false);

[Route("zones")]
public sealed class ZonesController(ISender sender) : BookingAreaController(sender)
{
    protected override BookingArea Area => BookingArea.LearningZones;

    [HttpPost("{id:int}/move")]
    public Task<IActionResult> Move(int id, MoveToZone.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.FromZoneId = id;
        return Run(command, moved => Done(moved.Message, RedirectToAction(nameof(CheckInForm), new { id = moved.ZoneId })));
    }
}

[Route("media-lab")]
public sealed class MediaLabController(ISender sender) : BookingAreaController(sender)
{
    protected override BookingArea Area => BookingArea.MediaLab;
}

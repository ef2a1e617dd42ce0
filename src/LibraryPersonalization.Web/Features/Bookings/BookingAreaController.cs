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

    private Task<IActionResult> Redisplay(int id, SlotCommand posted, DateOnly? repeatUntil = null) =>
        Show(new BookingForm.Query(Area.Element, id), model => View("Book", new BookingFormPage(model, new BookTime.Command
        {
            Date = posted.Date,
            Start = posted.Start,
            Minutes = posted.Minutes,
            Note = posted.Note,
            ClassName = (posted as ClassSlotCommand)?.ClassName,
            HeadCount = (posted as ClassSlotCommand)?.HeadCount,
        }, repeatUntil)));
}

/// <summary>The booking form's facts and values; <see cref="RepeatUntil"/> keeps a staff member's weekly choice when the form comes back.</summary>
public sealed record BookingFormPage(BookingForm.Model Info, BookTime.Command Form, DateOnly? RepeatUntil = null);

[Route("zones")]
public sealed class ZonesController(ISender sender) : BookingAreaController(sender)
{
    protected override BookingArea Area => BookingArea.LearningZones;
}

[Route("media-lab")]
public sealed class MediaLabController(ISender sender) : BookingAreaController(sender)
{
    protected override BookingArea Area => BookingArea.MediaLab;
}

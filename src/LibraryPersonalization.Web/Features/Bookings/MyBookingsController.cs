using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Features.Bookings;

[Route("bookings")]
public sealed class MyBookingsController(ISender sender) : FeatureController(sender)
{
    [HttpGet("mine")]
    public Task<IActionResult> Mine(int? page) =>
        Show(new MyBookings.Query(Paging.Clamp(page)), model => View("Mine", model));

    [HttpGet("{id:int}/change")]
    public Task<IActionResult> Change(int id) =>
        Show(new ChangeBooking.Query(id), model => View("Change", model));

    [HttpPost("{id:int}/change")]
    public Task<IActionResult> Change(int id, ChangeBooking.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.BookingId = id;
        return Run(command, message => Done(message, RedirectToAction(nameof(Mine))), () => Show(new ChangeBooking.Query(id), model => View("Change", model.WithPosted(command))));
    }

    [HttpPost("{id:int}/cancel")]
    public Task<IActionResult> Cancel(int id, CancelBooking.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.BookingId = id;
        return Run(command, message => Done(message, RedirectToAction(nameof(Mine))));
    }

    [HttpPost("{id:int}/offer")]
    public Task<IActionResult> Answer(int id, AnswerOffer.Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.BookingId = id;
        return Run(command, message => Done(message, RedirectToAction(nameof(Mine))));
    }

    [HttpPost("waitlist/{id:int}/leave")]
    public Task<IActionResult> Leave(int id) =>
        Run(new LeaveWaitlist.Command { EntryId = id }, message => Done(message, RedirectToAction(nameof(Mine))));
}

using Microsoft.AspNetCore.Mvc;

namespace LibraryPersonalization.Web.Features.Bookings;

[Route("bookings")]
public sealed class MyBookingsController(ISender sender) : FeatureController(sender)
{
    [HttpGet("mine")]
    public Task<IActionResult> Mine(int? page) =>
        Show(new MyBookings.Query(Paging.Clamp(page)), model => View("Mine", model));

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

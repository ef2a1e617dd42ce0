using System.Globalization;

namespace LibraryPersonalization.Web.Features.HelpDesk;

/// <summary>
/// Per school month: questions asked, the median wait for a first answer, how many answers came from peers and from staff,
/// and how many peer answers the askers accepted. The evidence for turning Help Center up or down.
/// </summary>
public static class HelpDeskFigures
{
    public const int Months = 6;

    public sealed record Query : IQuery<Result<IReadOnlyList<Month>>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.ManageHelpCenter;
    }

    public sealed record Month(string Name, int Opened, string MedianFirstReply, int PeerAnswers, int StaffAnswers, string PeerShare, int AcceptedPeerAnswers);

    public sealed class Handler(LibraryDbContext db, SchoolTime schoolTime, TimeProvider clock) : IQueryHandler<Query, Result<IReadOnlyList<Month>>>
    {
        public async ValueTask<Result<IReadOnlyList<Month>>> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var thisMonth = DateTime.ParseExact(schoolTime.Format(now, "yyyy-MM"), "yyyy-MM", CultureInfo.InvariantCulture);
            var months = Enumerable.Range(0, Months).Select(back => thisMonth.AddMonths(-back)).ToList();
            var since = new DateTimeOffset(months[^1].AddDays(-1), TimeSpan.Zero);
            var tickets = await db.HelpTickets().AsNoTracking()
                .Where(ticket => ticket.CreatedAt >= since)
                .Select(ticket => new { ticket.CreatedAt, ticket.FirstReplyAt })
                .ToListAsync(cancellationToken);
            var answers = await db.TicketReplies().AsNoTracking()
                .Where(reply => reply.CreatedAt >= since && !reply.Internal && !reply.FromAsker)
                .Select(reply => new { reply.CreatedAt, reply.ByStudent, Accepted = db.HelpTickets().Any(ticket => ticket.AcceptedReplyId == reply.Id) })
                .ToListAsync(cancellationToken);
            return months.Select(start =>
            {
                var key = start.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                bool InMonth(DateTimeOffset at) => schoolTime.Format(at, "yyyy-MM") == key;
                var opened = tickets.Where(ticket => InMonth(ticket.CreatedAt)).ToList();
                var waits = opened.Where(ticket => ticket.FirstReplyAt is not null).Select(ticket => (ticket.FirstReplyAt!.Value - ticket.CreatedAt).TotalMinutes).Order().ToList();
                var month = answers.Where(answer => InMonth(answer.CreatedAt)).ToList();
                var (peers, staff) = (month.Count(answer => answer.ByStudent), month.Count(answer => !answer.ByStudent));
                return new Month(
                    start.ToString("MMMM yyyy", SchoolCulture.Formats),
                    opened.Count,
                    waits.Count == 0 ? "no answers yet" : Duration(Median(waits)),
                    peers,
                    staff,
                    month.Count == 0 ? "—" : $"{Math.Round(100.0 * peers / month.Count)} %",
                    month.Count(answer => answer.ByStudent && answer.Accepted));
            }).ToList();
        }

        private static double Median(List<double> sorted) =>
            sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

        private static string Duration(double minutes) =>
            minutes < 60 ? $"{Math.Round(minutes)} min"
            : minutes < 48 * 60 ? $"{Math.Round(minutes / 60, 1)} h"
            : $"{Math.Round(minutes / 1440, 1)} days";
    }
}

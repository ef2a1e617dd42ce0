using LibraryPersonalization.Domain.Catalog;
using static LibraryPersonalization.Domain.Catalog.RequestStatus;

namespace LibraryPersonalization.Domain.Tests.Catalog;

public class RequestWorkflowTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The product's purchase workflow, written out by hand: where staff may move a request from each status, in the order the staff form offers them.</summary>
    private static readonly Dictionary<RequestStatus, RequestStatus[]> Moves = new()
    {
        [Submitted] = [UnderReview, Approved, Declined],
        [UnderReview] = [Approved, Declined],
        [Approved] = [Ordered],
        [Ordered] = [Received],
        [Received] = [],
        [Declined] = [],
        [Withdrawn] = [],
    };

    /// <summary>Open: waiting for a decision (counts toward a student's limit). Active: a new request for the same book joins it.</summary>
    private static readonly Dictionary<RequestStatus, (bool Open, bool Active)> Standing = new()
    {
        [Submitted] = (true, true),
        [UnderReview] = (true, true),
        [Approved] = (false, true),
        [Ordered] = (false, true),
        [Received] = (false, false),
        [Declined] = (false, false),
        [Withdrawn] = (false, false),
    };

    public static TheoryData<RequestStatus> EveryStatus() => new(Enum.GetValues<RequestStatus>());

    public static TheoryData<RequestStatus, RequestStatus> EveryPairOfStatuses()
    {
        var data = new TheoryData<RequestStatus, RequestStatus>();
        foreach (var from in Enum.GetValues<RequestStatus>())
        {
            foreach (var to in Enum.GetValues<RequestStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStatus))]
    public void Staff_are_offered_exactly_the_next_steps_of_the_workflow(RequestStatus status)
    {
        Assert.Equal(Moves[status], RequestWorkflow.NextStatuses(status));
    }

    [Theory]
    [MemberData(nameof(EveryPairOfStatuses))]
    public void A_request_moves_only_along_the_purchase_workflow_and_a_refused_move_changes_nothing(RequestStatus from, RequestStatus to)
    {
        var request = RequestIn(from);
        var allowed = Moves[from].Contains(to);

        var refusal = request.MoveTo(to, "librarian-1", "Ms. Alvarez", "Over budget", Now);

        Assert.Equal(allowed, RequestWorkflow.CanMove(from, to));
        if (allowed)
        {
            Assert.Null(refusal);
            Assert.Equal(to, request.Status);
            Assert.Equal(1, request.Version);
        }
        else
        {
            Assert.Equal($"A request that is {from.DisplayName().ToLowerInvariant()} cannot move to {to.DisplayName().ToLowerInvariant()}.", refusal);
            Assert.Equal(from, request.Status);
            Assert.Equal(0, request.Version);
            Assert.Null(request.DecidedById);
        }
    }

    [Theory]
    [MemberData(nameof(EveryStatus))]
    public void A_request_counts_as_open_and_active_as_the_workflow_says(RequestStatus status)
    {
        Assert.Equal(Standing[status], (RequestWorkflow.IsOpen(status), RequestWorkflow.IsActive(status)));
        Assert.Equal(Standing[status].Open, RequestIn(status).IsOpen);
    }

    [Fact]
    public void Approving_records_who_decided_and_when_and_keeps_the_book_merging_into_the_request()
    {
        var request = RequestIn(Submitted);

        Assert.Null(request.MoveTo(Approved, "librarian-1", "Ms. Alvarez", declineReason: null, Now));

        Assert.Equal(("librarian-1", "Ms. Alvarez", Now), (request.DecidedById, request.DecidedByName, request.StatusChangedAt));
        Assert.Null(request.DeclineReason);
        Assert.Equal("ta:DUNE|FRANKHERBERT", request.OpenKey);
    }

    [Fact]
    public void Declining_needs_a_reason_and_keeps_it_trimmed_for_the_students()
    {
        var request = RequestIn(UnderReview);

        Assert.Equal("Give students a reason when you decline a request.", request.MoveTo(Declined, "librarian-1", "Ms. Alvarez", "  ", Now));
        Assert.Equal(UnderReview, request.Status);

        Assert.Null(request.MoveTo(Declined, "librarian-1", "Ms. Alvarez", "  Already in the neighbouring library ", Now));
        Assert.Equal("Already in the neighbouring library", request.DeclineReason);
        Assert.Null(request.OpenKey);
    }

    [Fact]
    public void Receiving_the_book_frees_it_for_a_new_request()
    {
        var request = RequestIn(Ordered);

        Assert.Null(request.MoveTo(Received, "librarian-1", "Ms. Alvarez", declineReason: null, Now));

        Assert.Null(request.OpenKey);
    }

    [Theory]
    [InlineData(Submitted, "Submitted")]
    [InlineData(UnderReview, "Under review")]
    [InlineData(Withdrawn, "Withdrawn")]
    public void Statuses_read_as_words(RequestStatus status, string shown)
    {
        Assert.Equal(shown, status.DisplayName());
    }

    private static BookRequest RequestIn(RequestStatus status) =>
        new() { Title = "Dune", Author = "Frank Herbert", Reason = "Sci-fi unit", Term = "Fall", Status = status, OpenKey = "ta:DUNE|FRANKHERBERT" };
}

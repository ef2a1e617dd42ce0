using LibraryPersonalization.Domain.Catalog;
using static LibraryPersonalization.Domain.Catalog.RequestStatus;

namespace LibraryPersonalization.Domain.Tests.Catalog;

public class RequestWorkflowTests
{
    /// <summary>The product's purchase workflow, spelled out move by move.</summary>
    private static readonly HashSet<(RequestStatus From, RequestStatus To)> AllowedMoves =
    [
        (Submitted, UnderReview),
        (Submitted, Approved),
        (Submitted, Declined),
        (UnderReview, Approved),
        (UnderReview, Declined),
        (Approved, Ordered),
        (Ordered, Received),
    ];

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
    [MemberData(nameof(EveryPairOfStatuses))]
    public void A_request_may_move_only_along_the_purchase_workflow(RequestStatus from, RequestStatus to)
    {
        Assert.Equal(AllowedMoves.Contains((from, to)), RequestWorkflow.CanMove(from, to));
    }

    [Theory]
    [MemberData(nameof(EveryPairOfStatuses))]
    public void Next_statuses_agree_with_can_move(RequestStatus from, RequestStatus to)
    {
        Assert.Equal(RequestWorkflow.CanMove(from, to), RequestWorkflow.NextStatuses(from).Contains(to));
    }

    [Theory]
    [InlineData(Received)]
    [InlineData(Declined)]
    [InlineData(Withdrawn)]
    public void Received_declined_and_withdrawn_are_final(RequestStatus status)
    {
        Assert.Empty(RequestWorkflow.NextStatuses(status));
    }

    [Fact]
    public void A_submitted_request_cannot_skip_straight_to_ordered()
    {
        Assert.False(RequestWorkflow.CanMove(Submitted, Ordered));
    }

    [Theory]
    [InlineData(UnderReview, Submitted)]
    [InlineData(Approved, UnderReview)]
    [InlineData(Approved, Submitted)]
    [InlineData(Ordered, Approved)]
    [InlineData(Received, Ordered)]
    [InlineData(Declined, Submitted)]
    [InlineData(Declined, UnderReview)]
    public void A_request_cannot_go_backwards(RequestStatus from, RequestStatus to)
    {
        Assert.False(RequestWorkflow.CanMove(from, to));
    }

    [Theory]
    [InlineData(Submitted, true)]
    [InlineData(UnderReview, true)]
    [InlineData(Approved, false)]
    [InlineData(Ordered, false)]
    [InlineData(Received, false)]
    [InlineData(Declined, false)]
    [InlineData(Withdrawn, false)]
    public void A_request_is_open_only_while_submitted_or_under_review(RequestStatus status, bool expectedOpen)
    {
        Assert.Equal(expectedOpen, RequestWorkflow.IsOpen(status));
    }

    [Fact]
    public void The_open_check_covers_every_status()
    {
        // Guards the InlineData above: a new status must be given an explicit open/closed answer.
        Assert.Equal(7, Enum.GetValues<RequestStatus>().Length);
    }
}

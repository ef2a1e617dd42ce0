using LibraryPersonalization.Domain.Catalog;

namespace LibraryPersonalization.Domain.Tests.Catalog;

public class BookRequestWithdrawTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static BookRequest RequestBy(RequestStatus status, params string[] students)
    {
        var request = new BookRequest { Title = "Dune", Author = "Frank Herbert", Reason = "Sci-fi unit", Term = "Fall", Status = status, OpenKey = "ta:DUNE|FRANKHERBERT" };
        request.Supporters.AddRange(students.Select(student => new BookRequestSupporter { StudentId = student, StudentName = student }));
        return request;
    }

    [Fact]
    public void One_of_several_requesters_leaving_keeps_the_request_open_for_the_others()
    {
        var request = RequestBy(RequestStatus.UnderReview, "ana", "sam");

        Assert.Null(request.Withdraw("ana", Now));

        Assert.Equal(RequestStatus.UnderReview, request.Status);
        Assert.Equal(["sam"], request.Supporters.Select(supporter => supporter.StudentId));
        Assert.NotNull(request.OpenKey);
    }

    [Fact]
    public void The_last_requester_leaving_withdraws_the_request_and_frees_the_book_for_a_new_one()
    {
        var request = RequestBy(RequestStatus.Submitted, "ana");

        Assert.Null(request.Withdraw("ana", Now));

        Assert.Equal(RequestStatus.Withdrawn, request.Status);
        Assert.Null(request.OpenKey);
        Assert.Equal(Now, request.StatusChangedAt);
    }

    [Theory]
    [InlineData(RequestStatus.Approved)]
    [InlineData(RequestStatus.Ordered)]
    [InlineData(RequestStatus.Declined)]
    public void A_decided_request_cannot_be_withdrawn(RequestStatus decided)
    {
        var request = RequestBy(decided, "ana");

        Assert.NotNull(request.Withdraw("ana", Now));
        Assert.Equal(decided, request.Status);
        Assert.Single(request.Supporters);
    }

    [Fact]
    public void Someone_who_did_not_ask_cannot_withdraw_it()
    {
        var request = RequestBy(RequestStatus.Submitted, "ana");

        Assert.NotNull(request.Withdraw("eli", Now));
        Assert.Single(request.Supporters);
    }
}

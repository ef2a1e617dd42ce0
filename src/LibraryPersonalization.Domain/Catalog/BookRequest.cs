namespace LibraryPersonalization.Domain.Catalog;

public enum RequestStatus
{
    Submitted,
    UnderReview,
    Approved,
    Ordered,
    Received,
    Declined,
    Withdrawn,
}

/// <summary>A purchase suggestion. Duplicates merge into one request that keeps every requester.</summary>
public class BookRequest
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Author { get; set; }
    public string? Isbn { get; set; }
    public required string Reason { get; set; }
    public required string Term { get; set; }
    public RequestStatus Status { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset StatusChangedAt { get; set; }

    /// <summary>Set while the request is active so a unique index merges duplicates; cleared when it closes.</summary>
    public string? OpenKey { get; set; }

    public decimal? EstimatedCost { get; set; }
    public string? DeclineReason { get; set; }
    public string? DecidedById { get; set; }
    public string? DecidedByName { get; set; }
    public bool DecidedByCommittee { get; set; }
    public int Version { get; set; }

    /// <summary>Changed with each vote in the vote's own transaction, so the list ranks requests without counting their votes.</summary>
    public int VoteCount { get; set; }

    public List<BookRequestSupporter> Supporters { get; } = [];
    public List<RequestComment> Comments { get; } = [];
    public List<RequestVote> Votes { get; } = [];

    public bool IsOpen => RequestWorkflow.IsOpen(Status);

    /// <summary>A requester takes their name off an undecided request; without requesters it is withdrawn.</summary>
    public string? Withdraw(string requesterId, DateTimeOffset at)
    {
        var mine = Supporters.SingleOrDefault(supporter => supporter.StudentId == requesterId);
        if (mine is null)
        {
            return "Only students who asked for this book can withdraw from the request.";
        }

        if (!IsOpen)
        {
            return "This request has already been decided, so it can no longer be withdrawn.";
        }

        Supporters.Remove(mine);
        if (Supporters.Count == 0)
        {
            Status = RequestStatus.Withdrawn;
            StatusChangedAt = at;
            OpenKey = null;
        }

        Version++;
        return null;
    }

    /// <summary>Moves the request along the workflow; returns why not when the move is not allowed.</summary>
    public string? MoveTo(RequestStatus next, string deciderId, string deciderName, string? declineReason, DateTimeOffset at)
    {
        if (!RequestWorkflow.CanMove(Status, next))
        {
            return $"A request that is {Status.DisplayName().ToLowerInvariant()} cannot move to {next.DisplayName().ToLowerInvariant()}.";
        }

        if (next == RequestStatus.Declined && string.IsNullOrWhiteSpace(declineReason))
        {
            return "Give students a reason when you decline a request.";
        }

        Status = next;
        DeclineReason = next == RequestStatus.Declined ? declineReason!.Trim() : null;
        DecidedById = deciderId;
        DecidedByName = deciderName;
        StatusChangedAt = at;
        OpenKey = RequestWorkflow.IsActive(next) ? OpenKey : null;
        Version++;
        return null;
    }

    public static string KeyFor(string title, string author, string? isbn)
    {
        var digits = new string((isbn ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        return digits.Length is 10 or 13
            ? $"isbn:{digits}"
            : $"ta:{Normalize(title)}|{Normalize(author)}";
    }

    private static string Normalize(string text) =>
        new(text.ToUpperInvariant().Where(char.IsLetterOrDigit).ToArray());
}

public class BookRequestSupporter
{
    public int RequestId { get; set; }
    public required string StudentId { get; set; }
    public required string StudentName { get; set; }
    public DateTimeOffset JoinedAt { get; set; }
}

public class RequestComment
{
    public int Id { get; set; }
    public int RequestId { get; set; }
    public required string AuthorId { get; set; }
    public required string AuthorName { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public class RequestVote
{
    public int RequestId { get; set; }
    public required string VoterId { get; set; }
    public DateTimeOffset CastAt { get; set; }
}

public class DeclineReason
{
    public int Id { get; set; }
    public required string Text { get; set; }
    public bool IsActive { get; set; } = true;
}

/// <summary>The librarian's settings for the current term's purchase requests.</summary>
public class CollectionSettings
{
    public int Id { get; set; }
    public required string CurrentTerm { get; set; }
    public int OpenRequestLimitPerStudent { get; set; }
    public decimal StudentBookBudget { get; set; }
    public required string SelectionCriteria { get; set; }

    /// <summary>Bumped by every committee approval so two approvals cannot overspend the budget together.</summary>
    public int BudgetVersion { get; set; }
}

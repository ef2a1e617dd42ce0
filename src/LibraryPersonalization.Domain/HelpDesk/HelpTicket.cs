namespace LibraryPersonalization.Domain.HelpDesk;

public enum TicketStatus
{
    Open,
    Answered,
    Resolved,

    /// <summary>A duplicate folded into another ticket (<see cref="HelpTicket.MergedIntoId"/>), which keeps its asker and replies.</summary>
    Merged,
}

public enum TicketCategory
{
    FindingBooks,
    Research,
    Technology,
    MediaLab,
    Makerspace,
    Accounts,
    Other,
}

/// <summary>A question to the help desk. Private tickets are seen by the asker and staff only; shareable ones by peer helpers too.</summary>
public class HelpTicket
{
    public int Id { get; set; }
    public required string AskerId { get; set; }
    public required string AskerName { get; set; }
    public required string Subject { get; set; }
    public required string Question { get; set; }
    public TicketCategory Category { get; set; }
    public bool Shareable { get; set; }
    public TicketStatus Status { get; set; }
    public string? AssignedToId { get; set; }
    public string? AssignedToName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When someone other than the asker first answered (internal notes do not count).</summary>
    public DateTimeOffset? FirstReplyAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }
    public int? AcceptedReplyId { get; set; }
    public int? MergedIntoId { get; set; }

    /// <summary>Bumped by every change, so two people answering or merging at once cannot both win.</summary>
    public int Version { get; set; }

    public List<TicketReply> Replies { get; } = [];
    public List<TicketFollower> Followers { get; } = [];
}

/// <summary>An answer, a follow-up from the asker, or a staff-only internal note.</summary>
public class TicketReply
{
    public int Id { get; set; }
    public int TicketId { get; set; }
    public required string AuthorId { get; set; }
    public required string AuthorName { get; set; }

    /// <summary>Whether a student wrote it: peer answers are counted apart from staff answers.</summary>
    public bool ByStudent { get; set; }

    /// <summary>Written by an asker (a follow-up, or a merged duplicate's question), so not an answer.</summary>
    public bool FromAsker { get; set; }

    public required string Text { get; set; }
    public bool Internal { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? HiddenReason { get; set; }
    public string? HiddenByName { get; set; }
}

/// <summary>An asker of a duplicate merged into this ticket: they see it and are told of its answers like its own asker.</summary>
public class TicketFollower
{
    public int TicketId { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
}

/// <summary>A librarian's ready answer to a common question, inserted when answering.</summary>
public class CannedReply
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }
}

public enum FaqStatus
{
    /// <summary>A student's or teacher's suggestion waiting for a librarian.</summary>
    Suggested,
    Published,
    Declined,
}

public class FaqEntry
{
    private string question = string.Empty;
    private string answer = string.Empty;

    public int Id { get; set; }

    public required string Question
    {
        get => question;
        set => (question, SearchText) = (value, Folded(value, answer));
    }

    public required string Answer
    {
        get => answer;
        set => (answer, SearchText) = (value, Folded(question, value));
    }

    /// <summary>Question and answer folded to upper case once, so a search matches any letter case on every provider.</summary>
    public string SearchText { get; private set; } = string.Empty;
    public TicketCategory Category { get; set; }
    public FaqStatus Status { get; set; }
    public string? SuggestedById { get; set; }
    public string? SuggestedByName { get; set; }
    public int? SourceTicketId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int HelpfulCount { get; set; }
    public int NotHelpfulCount { get; set; }

    private static string Folded(string question, string answer) => SearchFolding.Fold($"{question}\n{answer}");
}

/// <summary>One person's "did this help?" answer for an entry; they may change it, never count twice.</summary>
public class FaqFeedback
{
    public int FaqEntryId { get; set; }
    public required string UserId { get; set; }
    public bool Helpful { get; set; }
}

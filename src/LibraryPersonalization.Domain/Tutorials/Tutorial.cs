namespace LibraryPersonalization.Domain.Tutorials;

/// <summary>
/// A how-to written in Markdown by a student (at Student-generated) or staff. Its text is the newest of its
/// <see cref="Revisions"/>; every edit adds one, so no earlier version is ever lost.
/// </summary>
public class Tutorial
{
    public int Id { get; set; }
    public required string AuthorId { get; set; }
    public required string AuthorName { get; set; }
    public bool ByStudent { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public required string Body { get; set; }

    /// <summary>Optional video link, shown as a link only: no third-party player is embedded.</summary>
    public string? VideoUrl { get; set; }

    /// <summary>Title, summary and topics folded to upper case, so a search matches any letter case on every provider.</summary>
    public string SearchText { get; set; } = string.Empty;

    public bool Published { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>Why a librarian took it down; while set, only a librarian publishes it again.</summary>
    public string? UnpublishedReason { get; set; }

    public string? UnpublishedByName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int RatingCount { get; set; }
    public int RatingTotal { get; set; }

    /// <summary>The number of the newest revision, so a new one is numbered without loading the others.</summary>
    public int LatestRevision { get; set; }

    /// <summary>Bumped by every change, so two editors saving at once cannot both win.</summary>
    public int Version { get; set; }

    public List<TutorialTopic> Topics { get; } = [];
    public List<TutorialRevision> Revisions { get; } = [];

    /// <summary>Topic tags as people type them: comma separated, trimmed, lower case, each once, at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<string> ParseTopics(string? topics, int limit = 8) =>
        (topics ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(topic => topic.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .Take(limit)
            .ToList();

    /// <summary>Readers see it from now; a librarian's earlier reason for taking it down is cleared.</summary>
    public void Publish(DateTimeOffset at)
    {
        (Published, PublishedAt, UnpublishedReason, UnpublishedByName) = (true, PublishedAt ?? at, null, null);
        Version++;
    }

    /// <summary>A librarian takes it down; the author sees why, and only a librarian publishes it again.</summary>
    public void TakeDown(string reason, string librarianName)
    {
        (Published, UnpublishedReason, UnpublishedByName) = (false, reason, librarianName);
        Version++;
    }

    /// <summary>Writes a new version: the text changes, the topics are replaced, and the revision history grows by one.</summary>
    public TutorialRevision Revise(TutorialDraft draft, string editorId, string editorName, DateTimeOffset at, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        (Title, Summary, Body, VideoUrl, UpdatedAt) = (draft.Title, draft.Summary, draft.Body, draft.VideoUrl, at);
        Topics.Clear();
        Topics.AddRange(draft.Topics.Select(topic => new TutorialTopic { Topic = topic }));
        SearchText = SearchFolding.Fold($"{draft.Title}\n{draft.Summary}\n{string.Join(' ', draft.Topics)}");
        Version++;
        var revision = new TutorialRevision
        {
            Number = ++LatestRevision,
            Title = draft.Title,
            Summary = draft.Summary,
            Body = draft.Body,
            Topics = string.Join(", ", draft.Topics),
            VideoUrl = draft.VideoUrl,
            EditorId = editorId,
            EditorName = editorName,
            EditedAt = at,
            Note = note,
        };
        Revisions.Add(revision);
        return revision;
    }
}

/// <summary>What an author writes; a revision stores one.</summary>
public sealed record TutorialDraft(string Title, string Summary, string Body, IReadOnlyList<string> Topics, string? VideoUrl);

public class TutorialTopic
{
    public int TutorialId { get; set; }
    public required string Topic { get; set; }
}

/// <summary>One saved version of a tutorial. Number 1 is the first draft; restoring an old one adds a new number.</summary>
public class TutorialRevision
{
    public int Id { get; set; }
    public int TutorialId { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public required string Body { get; set; }
    public required string Topics { get; set; }
    public string? VideoUrl { get; set; }
    public required string EditorId { get; set; }
    public required string EditorName { get; set; }
    public DateTimeOffset EditedAt { get; set; }

    /// <summary>Set when the version came from restoring an earlier one.</summary>
    public string? Note { get; set; }

    public TutorialDraft ToDraft() => new(Title, Summary, Body, Tutorial.ParseTopics(Topics), VideoUrl);
}

/// <summary>One person's 1–5 rating of a tutorial; they may change it, it never counts twice.</summary>
public class TutorialRating
{
    public int TutorialId { get; set; }
    public required string UserId { get; set; }
    public int Stars { get; set; }
}

public class TutorialComment
{
    public int Id { get; set; }
    public int TutorialId { get; set; }
    public required string AuthorId { get; set; }
    public required string AuthorName { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? HiddenReason { get; set; }
}

public enum TutorialRequestStatus
{
    Open,
    Planned,
    Done,
    Declined,
}

/// <summary>"I need a tutorial on …": students vote for the ones they need too; a librarian answers with a status.</summary>
public class TutorialRequest
{
    public int Id { get; set; }
    public required string RequesterId { get; set; }
    public required string RequesterName { get; set; }
    public required string Topic { get; set; }
    public string? Details { get; set; }
    public TutorialRequestStatus Status { get; set; }
    public string? StatusNote { get; set; }
    public int? AnsweredByTutorialId { get; set; }
    public int VoteCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public class TutorialRequestVote
{
    public int TutorialRequestId { get; set; }
    public required string UserId { get; set; }
}

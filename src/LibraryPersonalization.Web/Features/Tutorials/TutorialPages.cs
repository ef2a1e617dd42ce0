using LibraryPersonalization.Domain.Tutorials;
using Microsoft.AspNetCore.Html;

namespace LibraryPersonalization.Web.Features.Tutorials;

/// <summary>Published tutorials, searched in title, summary and topics and filtered by topic; authors and staff also see drafts.</summary>
public static class TutorialList
{
    public sealed record Query(string? Search, string? Topic, bool Drafts, int Page) : IQuery<Result<Model>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.ViewTutorials;
    }

    public sealed record Model(string? Search, string? Topic, bool Drafts, IReadOnlyList<TopicCount> Topics, Page<Card> Tutorials);

    public sealed record TopicCount(string Topic, int Count);

    public sealed record Card(int Id, string Title, string Summary, string Author, bool ByStudent, IReadOnlyList<string> Topics, string? Rating, int Ratings, string Status);

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            var tutorials = query.Drafts
                ? db.Tutorials().AsNoTracking().Where(tutorial => !tutorial.Published && (actor.IsStaff || tutorial.AuthorId == actor.UserId))
                : db.Tutorials().AsNoTracking().Where(tutorial => tutorial.Published);
            var search = query.Search?.Trim();
            foreach (var word in SearchFolding.Words(search))
            {
                tutorials = tutorials.Where(tutorial => tutorial.SearchText.Contains(word));
            }

            var topic = Tutorial.ParseTopics(query.Topic, 1) is [var only] ? only : null;
            if (topic is not null)
            {
                tutorials = tutorials.Where(tutorial => tutorial.Topics.Any(tag => tag.Topic == topic));
            }

            var topics = await db.TutorialTopics().AsNoTracking()
                .Where(tag => db.Tutorials().Any(tutorial => tutorial.Id == tag.TutorialId && tutorial.Published))
                .GroupBy(tag => tag.Topic)
                .Select(group => new { Topic = group.Key, Count = group.Count() })
                .OrderByDescending(count => count.Count).ThenBy(count => count.Topic)
                .Take(30)
                .Select(count => new TopicCount(count.Topic, count.Count))
                .ToListAsync(cancellationToken);
            var total = await tutorials.CountAsync(cancellationToken);
            var rows = await tutorials.OrderByDescending(tutorial => tutorial.PublishedAt ?? tutorial.UpdatedAt).ThenByDescending(tutorial => tutorial.Id)
                .PageOf(query.Page)
                .Select(tutorial => new
                {
                    tutorial.Id, tutorial.Title, tutorial.Summary, tutorial.AuthorName, tutorial.ByStudent, tutorial.RatingCount, tutorial.RatingTotal,
                    tutorial.Published, TakenDown = tutorial.UnpublishedReason != null, Topics = tutorial.Topics.Select(tag => tag.Topic).ToList(),
                })
                .ToListAsync(cancellationToken);
            var cards = rows.Select(row => new Card(
                row.Id, row.Title, row.Summary, row.AuthorName, row.ByStudent, row.Topics.Order(StringComparer.Ordinal).ToList(),
                TutorialRatingText.Average(row.RatingTotal, row.RatingCount), row.RatingCount,
                row.Published ? "Published" : row.TakenDown ? "Unpublished by a librarian" : "Draft")).ToList();
            return new Model(search, topic, query.Drafts, topics, new Page<Card>(cards, query.Page, Paging.DefaultPageSize, total));
        }
    }
}

public static class TutorialRatingText
{
    public static string? Average(int total, int count) =>
        count == 0 ? null : (total / (double)count).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>One tutorial as the viewer may see it: its rendered text, ratings, comments, and what they may do with it.</summary>
public static class TutorialPage
{
    public sealed record Query(int TutorialId) : IQuery<Result<Model>>, IOwnerRequest, ITutorialRequest;

    public sealed class Ownership(TutorialAccess access) : TutorialStep<Query>(access, TutorialAccess.NoSuchTutorial)
    {
        protected override bool Allows(TutorialRights rights) => rights.MaySee;
    }

    public sealed record Model(
        int Id,
        string Title,
        string Summary,
        IHtmlContent Body,
        IReadOnlyList<string> Topics,
        string? VideoUrl,
        string? VideoHost,
        string Author,
        bool ByStudent,
        string Updated,
        bool Published,
        string? UnpublishedReason,
        string? UnpublishedBy,
        int Version,
        string? Rating,
        int Ratings,
        int? MyStars,
        TutorialRights Rights,
        bool MayRate,
        bool MayComment,
        bool MayModerate,
        IReadOnlyList<CommentLine> Comments);

    public sealed record CommentLine(int Id, string Author, string Written, string? Text, string? HiddenReason);

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TutorialAccess access, EcosystemVolumes volumes, TutorialMarkdown markdown, SchoolTime schoolTime)
        : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            var (rights, _) = await access.RightsAsync(query.TutorialId, actor, cancellationToken);
            var tutorial = await db.Tutorials().AsNoTracking().Include(row => row.Topics).SingleAsync(row => row.Id == query.TutorialId, cancellationToken);
            var commenting = (await volumes.DecideAsync(GatedAction.CommentOnTutorial, actor, cancellationToken)).IsAllowed && tutorial.Published;
            var myStars = await db.TutorialRatings().Where(rating => rating.TutorialId == tutorial.Id && rating.UserId == actor.UserId).Select(rating => (int?)rating.Stars).FirstOrDefaultAsync(cancellationToken);
            var comments = await db.TutorialComments().AsNoTracking().Where(comment => comment.TutorialId == tutorial.Id)
                .OrderBy(comment => comment.CreatedAt).ThenBy(comment => comment.Id)
                .Take(200)
                .ToListAsync(cancellationToken);
            return new Model(
                tutorial.Id,
                tutorial.Title,
                tutorial.Summary,
                markdown.Render(tutorial.Body),
                tutorial.Topics.Select(tag => tag.Topic).Order(StringComparer.Ordinal).ToList(),
                tutorial.VideoUrl,
                Uri.TryCreate(tutorial.VideoUrl, UriKind.Absolute, out var video) ? video.Host : null,
                tutorial.AuthorName,
                tutorial.ByStudent,
                schoolTime.Format(tutorial.UpdatedAt, "MMM d, yyyy"),
                tutorial.Published,
                tutorial.UnpublishedReason,
                tutorial.UnpublishedByName,
                tutorial.Version,
                TutorialRatingText.Average(tutorial.RatingTotal, tutorial.RatingCount),
                tutorial.RatingCount,
                myStars,
                rights,
                commenting && !rights.IsAuthor,
                commenting,
                rights.IsLibrarian,
                comments.Select(comment => new CommentLine(
                    comment.Id,
                    comment.AuthorName,
                    schoolTime.Format(comment.CreatedAt, "MMM d, h:mm tt"),
                    comment.HiddenReason is null || rights.IsLibrarian ? comment.Text : null,
                    comment.HiddenReason)).ToList());
        }
    }
}

/// <summary>The edit form, filled with the current version.</summary>
public static class TutorialEditForm
{
    public sealed record Query(int TutorialId) : IQuery<Result<EditTutorial.Command>>, IOwnerRequest, ITutorialRequest;

    public sealed class Ownership(TutorialAccess access) : TutorialStep<Query>(access, "Only its author and staff edit a tutorial.")
    {
        protected override bool Allows(TutorialRights rights) => rights.MayEdit;
    }

    public sealed class Handler(LibraryDbContext db) : IQueryHandler<Query, Result<EditTutorial.Command>>
    {
        public async ValueTask<Result<EditTutorial.Command>> Handle(Query query, CancellationToken cancellationToken)
        {
            var tutorial = await db.Tutorials().AsNoTracking().Include(row => row.Topics).SingleAsync(row => row.Id == query.TutorialId, cancellationToken);
            return new EditTutorial.Command
            {
                TutorialId = tutorial.Id,
                Version = tutorial.Version,
                Title = tutorial.Title,
                Summary = tutorial.Summary,
                Body = tutorial.Body,
                Topics = string.Join(", ", tutorial.Topics.Select(tag => tag.Topic).Order(StringComparer.Ordinal)),
                VideoUrl = tutorial.VideoUrl,
            };
        }
    }
}

using LibraryPersonalization.Web.Features.Collection.Search;
using LibraryPersonalization.Web.Infrastructure.Shell;

namespace LibraryPersonalization.Web.Features.Collection;

public static class CollectionSlice
{
    /// <summary>Plugs the Collection into home, the ecosystem page and the navigation.</summary>
    public static IServiceCollection AddCollectionSlice(this IServiceCollection services) =>
        services.AddScoped<IElementContribution, CollectionContribution>()
            .AddSingleton<CatalogIndex>()
            .AddHostedService<CatalogIndexWarmer>();
}

public sealed class CollectionContribution(LibraryDbContext db) : IElementContribution
{
    public EcosystemElement Element => EcosystemElement.Collection;

    public IEnumerable<ShellLink> Navigation(Actor actor, Volume volume) =>
    [
        new("Catalog", "/catalog", GatedAction.BrowseCatalog),
        new("Book requests", "/requests", GatedAction.CommentOnBookRequest),
        new("Shelves", "/shelves", GatedAction.BrowseCatalog),
        new("Moderation", "/moderation", GatedAction.ModerateReviews),
        new("Collection settings", "/collection/settings", GatedAction.ManageBookRequests),
    ];

    public IEnumerable<ShellLink> ActionLinks(Actor actor, Volume volume)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var publishesAtOnce = StudentAgencyPolicy.Decide(GatedAction.PublishReviewWithoutApproval, actor, volume).IsAllowed;
        return
        [
            ShellLink.For(GatedAction.BrowseCatalog, "/catalog"),
            new(publishesAtOnce ? "Rate titles and write reviews (they publish at once)" : "Rate titles and write reviews (staff approve them first)", "/catalog", GatedAction.ReviewTitle),
            ShellLink.For(GatedAction.SubmitBookRequest, "/requests/new"),
            ShellLink.For(GatedAction.CommentOnBookRequest, "/requests"),
            ShellLink.For(GatedAction.VoteOnBookRequest, "/requests?status=open"),
            ShellLink.For(GatedAction.CurateShelf, "/shelves/new"),
            ShellLink.For(GatedAction.TagTitle, "/catalog"),
            ShellLink.For(GatedAction.DecideBookRequest, "/requests?status=open"),
            ShellLink.For(GatedAction.ModerateReviews, "/moderation"),
            ShellLink.For(GatedAction.ManageBookRequests, "/requests?status=open"),
        ];
    }

    public async Task<IReadOnlyList<AttentionItem>> NeedsAttentionAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsStaff)
        {
            return [];
        }

        return
        [
            new(await db.BookRequests.CountAsync(request => request.Status == RequestStatus.Submitted || request.Status == RequestStatus.UnderReview, cancellationToken), "open book requests", "/requests?status=open"),
            new(await db.Reviews.CountAsync(review => review.Status == ModerationStatus.Pending, cancellationToken), "reviews waiting for approval", "/moderation"),
            new(await UncheckedTags.In(db).CountAsync(cancellationToken), "new tags to check", "/moderation#tags"),
        ];
    }

    public async Task<IReadOnlyList<ParticipationFigure>> ParticipationAsync(DateRange range, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(range);
        var (from, to) = (range.From, range.To);
        return
        [
            new("reviews written", await db.Reviews.CountAsync(review => review.CreatedAt >= from && review.CreatedAt < to, cancellationToken)),
            new("purchase requests", await db.BookRequests.CountAsync(request => request.SubmittedAt >= from && request.SubmittedAt < to, cancellationToken)),
            new("comments on requests", await db.RequestComments.CountAsync(comment => comment.CreatedAt >= from && comment.CreatedAt < to, cancellationToken)),
            new("votes on requests", await db.RequestVotes.CountAsync(vote => vote.CastAt >= from && vote.CastAt < to, cancellationToken)),
            new("tags added", await db.TitleTags.CountAsync(tag => tag.AddedAt >= from && tag.AddedAt < to, cancellationToken)),
            new("shelves curated", await db.Shelves.CountAsync(shelf => shelf.CreatedAt >= from && shelf.CreatedAt < to, cancellationToken)),
            new("requests decided by the committee", await db.BookRequests.CountAsync(request => request.DecidedByCommittee && request.StatusChangedAt >= from && request.StatusChangedAt < to && request.Status != RequestStatus.Submitted, cancellationToken)),
        ];
    }

    public async Task<IReadOnlyList<PersonalList>> PersonalListsAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != LibraryRole.Student)
        {
            return [];
        }

        // The ids the student supports first, so the supporters' StudentId index is read instead of every request.
        var supported = db.BookRequestSupporters.Where(supporter => supporter.StudentId == actor.UserId).Select(supporter => supporter.RequestId);
        var requests = await db.BookRequests.AsNoTracking()
            .Where(request => supported.Contains(request.Id))
            .OrderByDescending(request => request.SubmittedAt)
            .Take(10)
            .Select(request => new { request.Id, request.Title, request.Status, request.DeclineReason })
            .ToListAsync(cancellationToken);
        var reviews = await db.Reviews.AsNoTracking()
            .Where(review => review.AuthorId == actor.UserId)
            .OrderByDescending(review => review.CreatedAt)
            .Take(10)
            .Select(review => new { review.TitleId, review.Title!.Title, review.Rating, review.Status })
            .ToListAsync(cancellationToken);
        return
        [
            new(
                "My book requests",
                "You have not requested any books yet.",
                requests.Select(request => new PersonalItem(request.Title, $"/requests/{request.Id}", request.Status.DisplayName() + (request.DeclineReason is null ? string.Empty : $" ({request.DeclineReason})"))).ToList()),
            new(
                "My reviews",
                "You have not reviewed any books yet.",
                reviews.Select(review => new PersonalItem(review.Title, $"/catalog/{review.TitleId}", $"{review.Rating}/5, {(review.Status == ModerationStatus.Pending ? "waiting for approval" : review.Status.ToString().ToLowerInvariant())}")).ToList()),
        ];
    }
}

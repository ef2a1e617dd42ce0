using LibraryPersonalization.Domain.Tutorials;

namespace LibraryPersonalization.Web.Features.Tutorials;

/// <summary>The tutorials' tables, read through the context without the shared context naming them.</summary>
public static class TutorialData
{
    public static DbSet<Tutorial> Tutorials(this LibraryDbContext db) => db.Set<Tutorial>();

    public static DbSet<TutorialTopic> TutorialTopics(this LibraryDbContext db) => db.Set<TutorialTopic>();

    public static DbSet<TutorialRevision> TutorialRevisions(this LibraryDbContext db) => db.Set<TutorialRevision>();

    public static DbSet<TutorialRating> TutorialRatings(this LibraryDbContext db) => db.Set<TutorialRating>();

    public static DbSet<TutorialComment> TutorialComments(this LibraryDbContext db) => db.Set<TutorialComment>();

    public static DbSet<TutorialRequest> TutorialRequests(this LibraryDbContext db) => db.Set<TutorialRequest>();

    public static DbSet<TutorialRequestVote> TutorialRequestVotes(this LibraryDbContext db) => db.Set<TutorialRequestVote>();
}

/// <summary>What a person may do with one tutorial. The pages and every tutorial command ask the same record.</summary>
public sealed record TutorialRights(bool IsAuthor, bool MayWrite, bool IsStaff, bool IsLibrarian, bool Published, bool TakenDown)
{
    /// <summary>Drafts and tutorials a librarian took down are seen by their author and staff only.</summary>
    public bool MaySee => Published || IsAuthor || IsStaff;

    /// <summary>Staff edit any tutorial; a student edits their own while the volume lets them write.</summary>
    public bool MayEdit => IsStaff || (IsAuthor && MayWrite);

    public bool MayPublish => MayEdit && !Published && (!TakenDown || IsLibrarian);

    public bool MayUnpublish => IsLibrarian && Published;
}

/// <summary>
/// Decides who sees and changes a tutorial. Someone who may not see it is told there is none, so draft ids reveal nothing;
/// a student author whose volume was turned down is told which volume lets them edit again.
/// </summary>
public sealed class TutorialAccess(LibraryDbContext db, EcosystemVolumes volumes)
{
    public const string NoSuchTutorial = "There is no such tutorial.";

    private readonly Dictionary<(int TutorialId, string UserId), (TutorialRights Rights, Failure? CannotSee, PolicyDecision Writing)> decided = [];

    public async Task<(TutorialRights Rights, Failure? CannotSee)> RightsAsync(int tutorialId, Actor actor, CancellationToken cancellationToken)
    {
        var (rights, cannotSee, _) = await DecidedAsync(tutorialId, actor, cancellationToken);
        return (rights, cannotSee);
    }

    /// <summary>Null when the actor may take the step; NotFound when they may not even see the tutorial.</summary>
    public async Task<Failure?> RefusalAsync(int tutorialId, Actor actor, Func<TutorialRights, bool> step, string refusal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(actor);
        var (rights, cannotSee, writing) = await DecidedAsync(tutorialId, actor, cancellationToken);
        if (cannotSee is not null || step(rights))
        {
            return cannotSee;
        }

        // Name the volume only when turning it up would let this author take the step (not to republish a tutorial a librarian took down).
        return rights.IsAuthor && !writing.IsAllowed && step(rights with { MayWrite = true })
            ? Forbidden.By(writing, actor.Role)
            : new Forbidden(refusal, EcosystemElement.TutorialsAndDemos);
    }

    /// <summary>The tutorial to change, tracked; each change bumps its version, so a second editor saving at once loses.</summary>
    public Task<Tutorial> ChangeableAsync(int tutorialId, CancellationToken cancellationToken) =>
        db.Tutorials().Include(row => row.Topics).SingleAsync(row => row.Id == tutorialId, cancellationToken);

    private async Task<(TutorialRights Rights, Failure? CannotSee, PolicyDecision Writing)> DecidedAsync(int tutorialId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!decided.TryGetValue((tutorialId, actor.UserId), out var answer))
        {
            var tutorial = await db.Tutorials().AsNoTracking()
                .Where(row => row.Id == tutorialId)
                .Select(row => new { row.AuthorId, row.Published, TakenDown = row.UnpublishedReason != null })
                .SingleOrDefaultAsync(cancellationToken);
            var writing = await volumes.DecideAsync(GatedAction.AuthorTutorial, actor, cancellationToken);
            var rights = new TutorialRights(
                tutorial?.AuthorId == actor.UserId, writing.IsAllowed, actor.IsStaff, actor.Role == LibraryRole.Librarian, tutorial?.Published == true, tutorial?.TakenDown == true);
            answer = (rights, tutorial is not null && rights.MaySee ? null : new NotFound(NoSuchTutorial), writing);
            decided[(tutorialId, actor.UserId)] = answer;
        }

        return answer;
    }
}

/// <summary>A request about one tutorial; its ownership check asks <see cref="TutorialAccess"/>.</summary>
public interface ITutorialRequest
{
    int TutorialId { get; }
}

/// <summary>Refuses a tutorial request unless the actor's <see cref="TutorialRights"/> allow the step it takes.</summary>
public abstract class TutorialStep<TRequest>(TutorialAccess access, string refusal) : IOwnershipCheck<TRequest>
    where TRequest : ITutorialRequest
{
    public ValueTask<Failure?> RefusalAsync(TRequest request, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(access.RefusalAsync(request.TutorialId, actor, Allows, refusal, cancellationToken));
    }

    protected abstract bool Allows(TutorialRights rights);
}

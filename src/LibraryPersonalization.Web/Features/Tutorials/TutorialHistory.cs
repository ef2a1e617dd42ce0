using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using LibraryPersonalization.Domain.Tutorials;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LibraryPersonalization.Web.Features.Tutorials;

/// <summary>Every saved version of a tutorial, newest first, for those who may edit it.</summary>
public static class TutorialHistory
{
    public sealed record Query(int TutorialId) : IQuery<Result<Model>>, IOwnerRequest, ITutorialRequest;

    public sealed class Ownership(TutorialAccess access) : TutorialStep<Query>(access, "Only its author and staff see a tutorial's history.")
    {
        protected override bool Allows(TutorialRights rights) => rights.MayEdit;
    }

    public sealed record Model(int TutorialId, string Title, int Current, IReadOnlyList<Line> Revisions);

    public sealed record Line(int Number, string Title, string Editor, string Edited, string? Note);

    public sealed class Handler(LibraryDbContext db, SchoolTime schoolTime) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var tutorial = await db.Tutorials().AsNoTracking().Where(row => row.Id == query.TutorialId).Select(row => new { row.Title, row.LatestRevision }).SingleAsync(cancellationToken);
            var revisions = await db.TutorialRevisions().AsNoTracking()
                .Where(revision => revision.TutorialId == query.TutorialId)
                .OrderByDescending(revision => revision.Number)
                .Select(revision => new { revision.Number, revision.Title, revision.EditorName, revision.EditedAt, revision.Note })
                .ToListAsync(cancellationToken);
            return new Model(
                query.TutorialId,
                tutorial.Title,
                tutorial.LatestRevision,
                revisions.Select(revision => new Line(revision.Number, revision.Title, revision.EditorName, schoolTime.Format(revision.EditedAt, "MMM d, yyyy h:mm tt"), revision.Note)).ToList());
        }
    }
}

/// <summary>Two versions side by side as one line diff: what was taken out, what was added.</summary>
public static class CompareRevisions
{
    public sealed record Query(int TutorialId, int From, int To) : IQuery<Result<Model>>, IOwnerRequest, ITutorialRequest;

    public sealed class Ownership(TutorialAccess access) : TutorialStep<Query>(access, "Only its author and staff see a tutorial's history.")
    {
        protected override bool Allows(TutorialRights rights) => rights.MayEdit;
    }

    public sealed record Model(int TutorialId, string Title, int From, int To, int Added, int Removed, IReadOnlyList<DiffLine> Lines);

    public sealed record DiffLine(string Change, string Text);

    public sealed class Handler(LibraryDbContext db) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var pair = await db.TutorialRevisions().AsNoTracking()
                .Where(revision => revision.TutorialId == query.TutorialId && (revision.Number == query.From || revision.Number == query.To))
                .ToListAsync(cancellationToken);
            var (from, to) = (pair.SingleOrDefault(revision => revision.Number == query.From), pair.SingleOrDefault(revision => revision.Number == query.To));
            if (from is null || to is null)
            {
                return new NotFound("This tutorial has no such version.");
            }

            var diff = InlineDiffBuilder.Diff(AsText(from), AsText(to), ignoreWhiteSpace: false);
            var lines = diff.Lines.Select(line => new DiffLine(ChangeName(line.Type), line.Text ?? string.Empty)).ToList();
            var title = await db.Tutorials().Where(row => row.Id == query.TutorialId).Select(row => row.Title).SingleAsync(cancellationToken);
            return new Model(query.TutorialId, title, from.Number, to.Number, lines.Count(line => line.Change == "added"), lines.Count(line => line.Change == "removed"), lines);
        }

        private static string AsText(TutorialRevision revision) =>
            $"Title: {revision.Title}\nSummary: {revision.Summary}\nTopics: {revision.Topics}\nVideo: {revision.VideoUrl ?? "none"}\n\n{revision.Body}";

        private static string ChangeName(ChangeType type) => type switch
        {
            ChangeType.Inserted => "added",
            ChangeType.Deleted => "removed",
            _ => "same",
        };
    }
}

/// <summary>Brings back an earlier version by saving it as the newest one, so restoring is itself kept in the history.</summary>
public static class RestoreRevision
{
    public sealed class Command : ICommand<Result<string>>, IOwnerRequest, ITutorialRequest
    {
        [BindNever]
        public int TutorialId { get; set; }

        [BindNever]
        public int Number { get; set; }
    }

    public sealed class Ownership(TutorialAccess access) : TutorialStep<Command>(access, "Only its author and staff restore a tutorial's versions.")
    {
        protected override bool Allows(TutorialRights rights) => rights.MayEdit;
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TutorialAccess access, TimeProvider clock) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var revision = await db.TutorialRevisions().AsNoTracking().SingleOrDefaultAsync(row => row.TutorialId == command.TutorialId && row.Number == command.Number, cancellationToken);
            if (revision is null)
            {
                return new NotFound("This tutorial has no such version.");
            }

            var tutorial = await access.ChangeableAsync(command.TutorialId, cancellationToken);
            if (revision.Number == tutorial.LatestRevision)
            {
                return new Conflict("That is already the current version.");
            }

            var actor = await currentActor.GetAsync(cancellationToken);
            var restored = tutorial.Revise(revision.ToDraft(), actor.UserId, actor.DisplayName, clock.GetUtcNow(), $"Restored from version {revision.Number}");
            return $"Version {revision.Number} is back as version {restored.Number}; the history keeps every version.";
        }
    }
}

using LibraryPersonalization.Domain.Auditing;
using LibraryPersonalization.Domain.Tutorials;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LibraryPersonalization.Web.Features.Tutorials;

/// <summary>Its author (a student at Student-generated, or staff) publishes a draft for peers. Publishing the answer to a tutorial request tells everyone who asked or voted.</summary>
public static class PublishTutorial
{
    public sealed record Command(int TutorialId) : ICommand<Result<string>>, IOwnerRequest, ITutorialRequest;

    public sealed class Ownership(TutorialAccess access) : TutorialStep<Command>(access, "A librarian took this tutorial down: only a librarian publishes it again.")
    {
        protected override bool Allows(TutorialRights rights) => rights.MayPublish || (rights.Published && rights.MayEdit);
    }

    public sealed class Handler(LibraryDbContext db, TutorialAccess access, TimeProvider clock) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var tutorial = await access.ChangeableAsync(command.TutorialId, cancellationToken);
            if (tutorial.Published)
            {
                return new Conflict("This tutorial is already published.");
            }

            var now = clock.GetUtcNow();
            tutorial.Publish(now);
            var answered = await db.TutorialRequests().Where(request => request.AnsweredByTutorialId == tutorial.Id && request.Status != TutorialRequestStatus.Done).ToListAsync(cancellationToken);
            foreach (var request in answered)
            {
                (request.Status, request.StatusNote) = (TutorialRequestStatus.Done, $"Answered by \"{tutorial.Title}\".");
                var voters = await db.TutorialRequestVotes().Where(vote => vote.TutorialRequestId == request.Id).Select(vote => vote.UserId).ToListAsync(cancellationToken);
                foreach (var userId in voters.Append(request.RequesterId).Distinct().Where(userId => userId != tutorial.AuthorId))
                {
                    db.Notifications.Add(new Notification { UserId = userId, Message = $"The tutorial you asked for, \"{request.Topic}\", is here: \"{tutorial.Title}\".", Link = $"/tutorials/{tutorial.Id}", CreatedAt = now });
                }
            }

            return answered.Count == 0 ? "Published: everyone can read it now." : "Published, and everyone who asked for it was told.";
        }
    }
}

/// <summary>A librarian takes a tutorial down with a reason its author is told; it stays in their drafts to fix.</summary>
public static class UnpublishTutorial
{
    public sealed class Command : ICommand<Result<string>>, IGatedRequest, ITutorialRequest
    {
        [BindNever]
        public int TutorialId { get; set; }

        public string Reason { get; set; } = string.Empty;

        public GatedAction Action => GatedAction.ManageTutorials;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(command => command.Reason).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Say why the tutorial comes down: its author is told.")
                .MaximumLength(500).WithMessage("Keep the reason to 500 characters.");
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var tutorial = await db.Tutorials().SingleOrDefaultAsync(row => row.Id == command.TutorialId, cancellationToken);
            if (tutorial is null)
            {
                return new NotFound(TutorialAccess.NoSuchTutorial);
            }

            if (!tutorial.Published)
            {
                return new Conflict("This tutorial is not published.");
            }

            var actor = await currentActor.GetAsync(cancellationToken);
            tutorial.TakeDown(command.Reason.Trim(), actor.DisplayName);
            if (tutorial.AuthorId != actor.UserId)
            {
                db.Notifications.Add(new Notification { UserId = tutorial.AuthorId, Message = $"{actor.DisplayName} unpublished your tutorial \"{tutorial.Title}\": {tutorial.UnpublishedReason}", Link = $"/tutorials/{tutorial.Id}", CreatedAt = clock.GetUtcNow() });
            }

            return "Unpublished: readers no longer see it, and its author was told why.";
        }
    }
}

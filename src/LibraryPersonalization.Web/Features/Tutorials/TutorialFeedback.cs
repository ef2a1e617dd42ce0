using LibraryPersonalization.Domain.Auditing;
using LibraryPersonalization.Domain.Tutorials;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LibraryPersonalization.Web.Features.Tutorials;

/// <summary>From Cocreated students rate a published tutorial 1–5 (staff always); one rating per person, which they may change. Authors do not rate their own.</summary>
public static class RateTutorial
{
    public sealed class Command : ICommand<Result<string>>, IGatedRequest
    {
        [BindNever]
        public int TutorialId { get; set; }

        public int Stars { get; set; }

        public GatedAction Action => GatedAction.CommentOnTutorial;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(command => command.Stars).InclusiveBetween(1, 5).WithMessage("Choose 1 to 5 stars.");
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            var tutorial = await db.Tutorials().AsNoTracking().Where(row => row.Id == command.TutorialId && row.Published).Select(row => new { row.AuthorId }).SingleOrDefaultAsync(cancellationToken);
            if (tutorial is null)
            {
                return new NotFound(TutorialAccess.NoSuchTutorial);
            }

            if (tutorial.AuthorId == actor.UserId)
            {
                return new Conflict("You wrote this tutorial: its readers rate it.");
            }

            var mine = await db.TutorialRatings().SingleOrDefaultAsync(rating => rating.TutorialId == command.TutorialId && rating.UserId == actor.UserId, cancellationToken);
            var (count, total) = (mine is null ? 1 : 0, command.Stars - (mine?.Stars ?? 0));
            if (mine is null)
            {
                db.TutorialRatings().Add(new TutorialRating { TutorialId = command.TutorialId, UserId = actor.UserId, Stars = command.Stars });
            }
            else
            {
                mine.Stars = command.Stars;
            }

            await db.Tutorials().Where(row => row.Id == command.TutorialId)
                .ExecuteUpdateAsync(set => set.SetProperty(row => row.RatingCount, row => row.RatingCount + count).SetProperty(row => row.RatingTotal, row => row.RatingTotal + total), cancellationToken);
            return mine is null ? $"Thanks: you gave it {command.Stars} of 5." : $"Your rating is now {command.Stars} of 5.";
        }
    }
}

/// <summary>From Cocreated students comment on a published tutorial (staff always); comments show at once and a librarian can hide one.</summary>
public static class CommentOnTutorial
{
    public sealed class Command : ICommand<Result<string>>, IGatedRequest
    {
        [BindNever]
        public int TutorialId { get; set; }

        public string Text { get; set; } = string.Empty;

        public GatedAction Action => GatedAction.CommentOnTutorial;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(command => command.Text).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Write your comment.")
                .MaximumLength(2000).WithMessage("Keep the comment to 2,000 characters.");
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var tutorial = await db.Tutorials().AsNoTracking().Where(row => row.Id == command.TutorialId && row.Published).Select(row => new { row.AuthorId, row.Title }).SingleOrDefaultAsync(cancellationToken);
            if (tutorial is null)
            {
                return new NotFound(TutorialAccess.NoSuchTutorial);
            }

            var actor = await currentActor.GetAsync(cancellationToken);
            var now = clock.GetUtcNow();
            db.TutorialComments().Add(new TutorialComment { TutorialId = command.TutorialId, AuthorId = actor.UserId, AuthorName = actor.DisplayName, Text = command.Text.Trim(), CreatedAt = now });
            if (tutorial.AuthorId != actor.UserId)
            {
                db.Notifications.Add(new Notification { UserId = tutorial.AuthorId, Message = $"{actor.DisplayName} commented on your tutorial \"{tutorial.Title}\".", Link = $"/tutorials/{command.TutorialId}#comments", CreatedAt = now });
            }

            return "Your comment was posted.";
        }
    }
}

/// <summary>A librarian hides a comment with a reason everyone sees; its author is told.</summary>
public static class HideTutorialComment
{
    public sealed class Command : ICommand<Result<string>>, IGatedRequest
    {
        [BindNever]
        public int TutorialId { get; set; }

        [BindNever]
        public int CommentId { get; set; }

        public string Reason { get; set; } = string.Empty;

        public GatedAction Action => GatedAction.ManageTutorials;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(command => command.Reason).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Say why the comment is hidden: its author is told.")
                .MaximumLength(500).WithMessage("Keep the reason to 500 characters.");
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var comment = await db.TutorialComments().SingleOrDefaultAsync(row => row.Id == command.CommentId && row.TutorialId == command.TutorialId, cancellationToken);
            if (comment is null)
            {
                return new NotFound("There is no such comment on this tutorial.");
            }

            if (comment.HiddenReason is not null)
            {
                return new Conflict("This comment is already hidden.");
            }

            var actor = await currentActor.GetAsync(cancellationToken);
            comment.HiddenReason = command.Reason.Trim();
            db.Notifications.Add(new Notification { UserId = comment.AuthorId, Message = $"{actor.DisplayName} hid your comment on a tutorial: {comment.HiddenReason}", Link = $"/tutorials/{command.TutorialId}#comments", CreatedAt = clock.GetUtcNow() });
            return "The comment is hidden and its author was told why.";
        }
    }
}

using LibraryPersonalization.Domain.Tutorials;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LibraryPersonalization.Web.Features.Tutorials;

/// <summary>What the write and edit forms post.</summary>
public abstract class TutorialFields
{
    public string Title { get; set; } = string.Empty;
    public string Summary { get; set; } = string.Empty;
    public string Body { get; set; } = string.Empty;

    /// <summary>Comma separated, as typed.</summary>
    public string? Topics { get; set; }

    public string? VideoUrl { get; set; }

    public TutorialDraft ToDraft() =>
        new(Title.Trim(), Summary.Trim(), Body.Trim(), Tutorial.ParseTopics(Topics), string.IsNullOrWhiteSpace(VideoUrl) ? null : VideoUrl.Trim());
}

public sealed class TutorialFieldsValidator<T> : AbstractValidator<T>
    where T : TutorialFields
{
    public TutorialFieldsValidator()
    {
        RuleFor(fields => fields.Title).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Give the tutorial a title.")
            .MaximumLength(200).WithMessage("Keep the title to 200 characters.");
        RuleFor(fields => fields.Summary).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Say in a sentence what the tutorial teaches.")
            .MaximumLength(500).WithMessage("Keep the summary to 500 characters.");
        RuleFor(fields => fields.Body).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Write the tutorial's steps.")
            .MaximumLength(20000).WithMessage("Keep the tutorial to 20,000 characters: split a longer one in two.");
        RuleFor(fields => fields.Topics).MaximumLength(400).WithMessage("Keep the topics to 400 characters.")
            .Must(topics => Tutorial.ParseTopics(topics, int.MaxValue).Count <= 8).WithMessage("Give at most 8 topics.")
            .Must(topics => Tutorial.ParseTopics(topics, int.MaxValue).All(topic => topic.Length <= 40)).WithMessage("Keep each topic to 40 characters.");
        RuleFor(fields => fields.VideoUrl).MaximumLength(500).WithMessage("Keep the video link to 500 characters.")
            .Must(url => string.IsNullOrWhiteSpace(url) || Uri.TryCreate(url.Trim(), UriKind.Absolute, out var link) && (link.Scheme == Uri.UriSchemeHttps || link.Scheme == Uri.UriSchemeHttp))
            .WithMessage("The video link must be a web address starting with https://.");
    }
}

/// <summary>A student at Student-generated, or staff at any volume, starts a tutorial as a draft; optionally it answers a tutorial request.</summary>
public static class StartTutorial
{
    public sealed class Command : TutorialFields, ICommand<Result<int>>, IGatedRequest
    {
        public int? AnswersRequestId { get; set; }

        public GatedAction Action => GatedAction.AuthorTutorial;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => Include(new TutorialFieldsValidator<Command>());
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<int>>
    {
        public async ValueTask<Result<int>> Handle(Command command, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            var answering = command.AnswersRequestId is { } requestId
                ? await db.TutorialRequests().SingleOrDefaultAsync(request => request.Id == requestId, cancellationToken)
                : null;
            if (command.AnswersRequestId is not null && answering is not { Status: TutorialRequestStatus.Open or TutorialRequestStatus.Planned, AnsweredByTutorialId: null })
            {
                return new Invalid(nameof(Command.AnswersRequestId), "That tutorial request is already answered or closed: choose another, or none.");
            }

            var now = clock.GetUtcNow();
            var tutorial = new Tutorial
            {
                AuthorId = actor.UserId,
                AuthorName = actor.DisplayName,
                ByStudent = actor.Role == LibraryRole.Student,
                Title = string.Empty,
                Summary = string.Empty,
                Body = string.Empty,
                CreatedAt = now,
            };
            tutorial.Revise(command.ToDraft(), actor.UserId, actor.DisplayName, now);
            db.Tutorials().Add(tutorial);
            await db.SaveChangesAsync(cancellationToken);
            if (answering is not null)
            {
                (answering.Status, answering.AnsweredByTutorialId) = (TutorialRequestStatus.Planned, tutorial.Id);
                answering.StatusNote = $"{actor.DisplayName} is writing it.";
            }

            return tutorial.Id;
        }
    }
}

/// <summary>Saves a new version of a tutorial; the previous one stays in its history.</summary>
public static class EditTutorial
{
    public sealed class Command : TutorialFields, ICommand<Result<string>>, IOwnerRequest, ITutorialRequest
    {
        [BindNever]
        public int TutorialId { get; set; }

        /// <summary>The version the editor started from: saving over someone else's newer edit is refused, not lost.</summary>
        public int Version { get; set; }
    }

    public sealed class Ownership(TutorialAccess access) : TutorialStep<Command>(access, "Only its author and staff edit a tutorial.")
    {
        protected override bool Allows(TutorialRights rights) => rights.MayEdit;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => Include(new TutorialFieldsValidator<Command>());
    }

    public sealed class Handler(CurrentActor currentActor, TutorialAccess access, TimeProvider clock) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var tutorial = await access.ChangeableAsync(command.TutorialId, cancellationToken);
            if (tutorial.Version != command.Version)
            {
                return new Conflict("Someone saved a newer version while you were editing. Your text is below: compare it with the tutorial's history before saving again.");
            }

            var actor = await currentActor.GetAsync(cancellationToken);
            tutorial.Revise(command.ToDraft(), actor.UserId, actor.DisplayName, clock.GetUtcNow());
            return tutorial.Published ? "Saved: readers see the new version now, and the old one is in the history." : "Draft saved.";
        }
    }
}

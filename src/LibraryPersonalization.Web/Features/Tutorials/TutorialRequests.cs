using LibraryPersonalization.Domain.Auditing;
using LibraryPersonalization.Domain.Tutorials;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LibraryPersonalization.Web.Features.Tutorials;

/// <summary>"I need a tutorial on …" requests, most wanted first; open and planned ones above answered ones.</summary>
public static class TutorialRequestList
{
    public sealed record Query(int Page) : IQuery<Result<Page<Line>>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.ViewTutorials;
    }

    public sealed record Line(int Id, string Topic, string? Details, string Requester, string Asked, TutorialRequestStatus Status, string? StatusNote, int Votes, bool Mine, bool Voted, int? TutorialId);

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, SchoolTime schoolTime) : IQueryHandler<Query, Result<Page<Line>>>
    {
        public async ValueTask<Result<Page<Line>>> Handle(Query query, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            var requests = db.TutorialRequests().AsNoTracking();
            var total = await requests.CountAsync(cancellationToken);
            var rows = await requests
                .OrderBy(request => request.Status == TutorialRequestStatus.Done || request.Status == TutorialRequestStatus.Declined)
                .ThenByDescending(request => request.VoteCount).ThenByDescending(request => request.CreatedAt).ThenByDescending(request => request.Id)
                .PageOf(query.Page)
                .Select(request => new
                {
                    request.Id, request.Topic, request.Details, request.RequesterName, request.RequesterId, request.CreatedAt, request.Status, request.StatusNote, request.VoteCount, request.AnsweredByTutorialId,
                    Voted = db.TutorialRequestVotes().Any(vote => vote.TutorialRequestId == request.Id && vote.UserId == actor.UserId),
                    Published = db.Tutorials().Any(tutorial => tutorial.Id == request.AnsweredByTutorialId && tutorial.Published),
                })
                .ToListAsync(cancellationToken);
            return new Page<Line>(
                rows.Select(row => new Line(
                    row.Id, row.Topic, row.Details, row.RequesterName, schoolTime.Format(row.CreatedAt, "MMM d"), row.Status, row.StatusNote, row.VoteCount,
                    row.RequesterId == actor.UserId, row.Voted, row.Published ? row.AnsweredByTutorialId : null)).ToList(),
                query.Page,
                Paging.DefaultPageSize,
                total);
        }
    }

    public static string StatusText(TutorialRequestStatus status) => status switch
    {
        TutorialRequestStatus.Open => "Open",
        TutorialRequestStatus.Planned => "Being written",
        TutorialRequestStatus.Done => "Done",
        _ => "Declined",
    };
}

/// <summary>From Cocreated a student asks for a tutorial (staff always); it starts with the asker's own vote.</summary>
public static class AskForTutorial
{
    public sealed class Command : ICommand<Result<string>>, IGatedRequest
    {
        public string Topic { get; set; } = string.Empty;
        public string? Details { get; set; }

        public GatedAction Action => GatedAction.RequestTutorial;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(command => command.Topic).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Say what the tutorial should teach.")
                .MaximumLength(200).WithMessage("Keep the topic to 200 characters.");
            RuleFor(command => command.Details).MaximumLength(1000).WithMessage("Keep the details to 1,000 characters.");
        }
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            var request = new TutorialRequest
            {
                RequesterId = actor.UserId,
                RequesterName = actor.DisplayName,
                Topic = command.Topic.Trim(),
                Details = string.IsNullOrWhiteSpace(command.Details) ? null : command.Details.Trim(),
                Status = TutorialRequestStatus.Open,
                VoteCount = 1,
                CreatedAt = clock.GetUtcNow(),
            };
            db.TutorialRequests().Add(request);
            await db.SaveChangesAsync(cancellationToken);
            db.TutorialRequestVotes().Add(new TutorialRequestVote { TutorialRequestId = request.Id, UserId = actor.UserId });
            return "Your request is in. Classmates can vote for it, and you will be told when a tutorial answers it.";
        }
    }
}

/// <summary>"I need this too": one vote per person and open request; pressing again takes the vote back.</summary>
public static class VoteForTutorialRequest
{
    public sealed record Command(int RequestId) : ICommand<Result<string>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.RequestTutorial;
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.TutorialRequests().AsNoTracking().Where(row => row.Id == command.RequestId).Select(row => new { row.Status, row.RequesterId }).SingleOrDefaultAsync(cancellationToken);
            if (request is null)
            {
                return new NotFound("There is no such tutorial request.");
            }

            if (request.Status is TutorialRequestStatus.Done or TutorialRequestStatus.Declined)
            {
                return new Conflict("This request is closed: votes no longer count.");
            }

            var actor = await currentActor.GetAsync(cancellationToken);
            if (request.RequesterId == actor.UserId)
            {
                return new Conflict("You asked for this tutorial: your vote is already counted.");
            }

            var mine = await db.TutorialRequestVotes().SingleOrDefaultAsync(vote => vote.TutorialRequestId == command.RequestId && vote.UserId == actor.UserId, cancellationToken);
            if (mine is null)
            {
                db.TutorialRequestVotes().Add(new TutorialRequestVote { TutorialRequestId = command.RequestId, UserId = actor.UserId });
            }
            else
            {
                db.TutorialRequestVotes().Remove(mine);
            }

            var change = mine is null ? 1 : -1;
            await db.TutorialRequests().Where(row => row.Id == command.RequestId).ExecuteUpdateAsync(set => set.SetProperty(row => row.VoteCount, row => row.VoteCount + change), cancellationToken);
            return mine is null ? "Your vote is counted." : "Your vote is taken back.";
        }
    }
}

/// <summary>A librarian answers a request: planned, done (with the tutorial that answers it) or declined, with a note the asker and voters are told.</summary>
public static class AnswerTutorialRequest
{
    public sealed class Command : ICommand<Result<string>>, IGatedRequest
    {
        [BindNever]
        public int RequestId { get; set; }

        public TutorialRequestStatus Status { get; set; }
        public string? Note { get; set; }
        public int? TutorialId { get; set; }

        public GatedAction Action => GatedAction.ManageTutorials;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(command => command.Status).IsInEnum().WithMessage("Choose the request's status.");
            RuleFor(command => command.Note).MaximumLength(500).WithMessage("Keep the note to 500 characters.")
                .Must((command, note) => command.Status != TutorialRequestStatus.Declined || !string.IsNullOrWhiteSpace(note)).WithMessage("Say why the request is declined: the asker is told.");
        }
    }

    public sealed class Handler(LibraryDbContext db, TimeProvider clock) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.TutorialRequests().SingleOrDefaultAsync(row => row.Id == command.RequestId, cancellationToken);
            if (request is null)
            {
                return new NotFound("There is no such tutorial request.");
            }

            if (command.TutorialId is { } tutorialId && !await db.Tutorials().AnyAsync(tutorial => tutorial.Id == tutorialId && tutorial.Published, cancellationToken))
            {
                return new Invalid(nameof(Command.TutorialId), $"There is no published tutorial #{tutorialId}.");
            }

            (request.Status, request.StatusNote) = (command.Status, string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim());
            request.AnsweredByTutorialId = command.TutorialId ?? request.AnsweredByTutorialId;
            var voters = await db.TutorialRequestVotes().Where(vote => vote.TutorialRequestId == request.Id).Select(vote => vote.UserId).ToListAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var status = TutorialRequestList.StatusText(command.Status).ToLowerInvariant();
            foreach (var userId in voters.Append(request.RequesterId).Distinct())
            {
                db.Notifications.Add(new Notification { UserId = userId, Message = $"The tutorial request \"{request.Topic}\" is now {status}{(request.StatusNote is null ? "." : $": {request.StatusNote}")}", Link = "/tutorials/requests", CreatedAt = now });
            }

            return $"The request is {status}, and its asker and voters were told.";
        }
    }
}

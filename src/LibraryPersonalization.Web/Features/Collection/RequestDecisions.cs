namespace LibraryPersonalization.Web.Features.Collection;

/// <summary>What a decision on a request carries, whoever makes it.</summary>
public abstract class RequestDecisionInput
{
    public int RequestId { get; set; }
    public int Version { get; set; }
    public decimal? EstimatedCost { get; set; }
    public int? DeclineReasonId { get; set; }
    public string? DeclineNote { get; set; }
}

public sealed class RequestDecisionValidator : AbstractValidator<RequestDecisionInput>
{
    public RequestDecisionValidator()
    {
        RuleFor(input => input.EstimatedCost).InclusiveBetween(0m, 10_000m).When(input => input.EstimatedCost is not null).WithMessage("Enter a cost between $0 and $10,000.");
        RuleFor(input => input.DeclineNote).MaximumLength(500).WithMessage("Keep the note under 500 characters.");
    }
}

internal static class RequestDecision
{
    /// <summary>Loads the request the person saw (same version) and applies the move, notifying every requester.</summary>
    public static async Task<Result<Unit>> ApplyAsync(LibraryDbContext db, RequestDecisionInput input, RequestStatus next, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var request = await db.BookRequests.Include(request => request.Supporters).SingleOrDefaultAsync(request => request.Id == input.RequestId, cancellationToken);
        if (request is null)
        {
            return new NotFound("That request does not exist.");
        }

        if (request.Version != input.Version)
        {
            return new Conflict("Someone else updated this request while you were looking at it. Here is its current state.");
        }

        var reason = next == RequestStatus.Declined ? await DeclineReasonText(db, input, cancellationToken) : null;
        if (request.MoveTo(next, actor.UserId, actor.DisplayName, reason, now) is { } refusal)
        {
            return new Invalid(nameof(RequestDecisionInput.DeclineReasonId), refusal);
        }

        request.EstimatedCost = input.EstimatedCost ?? request.EstimatedCost;
        db.NotifySupporters(request, next == RequestStatus.Declined
            ? $"Your request for {request.Title} was declined: {reason}"
            : $"Your request for {request.Title} is now {next.DisplayName().ToLowerInvariant()}.", now);
        return Result.Ok();
    }

    private static async Task<string?> DeclineReasonText(LibraryDbContext db, RequestDecisionInput input, CancellationToken cancellationToken)
    {
        var listed = input.DeclineReasonId is { } id
            ? await db.DeclineReasons.Where(reason => reason.Id == id).Select(reason => reason.Text).SingleOrDefaultAsync(cancellationToken)
            : null;
        var note = string.IsNullOrWhiteSpace(input.DeclineNote) ? null : input.DeclineNote.Trim();
        return (listed, note) switch
        {
            (null, null) => null,
            ({ } text, null) => text,
            (null, { } text) => text,
            _ => $"{listed}. {note}",
        };
    }
}

public static class ChangeRequestStatus
{
    public sealed class Command : RequestDecisionInput, ICommand<Result<Unit>>, IGatedRequest
    {
        public RequestStatus Status { get; set; }

        public GatedAction Action => GatedAction.ManageBookRequests;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            Include(new RequestDecisionValidator());
            RuleFor(command => command.Status).IsInEnum();
        }
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<Unit>>
    {
        public async ValueTask<Result<Unit>> Handle(Command command, CancellationToken cancellationToken) =>
            await RequestDecision.ApplyAsync(db, command, command.Status, await currentActor.GetAsync(cancellationToken), clock.GetUtcNow(), cancellationToken);
    }
}

public static class DecideBookRequest
{
    public sealed class Command : RequestDecisionInput, ICommand<Result<Unit>>, IGatedRequest
    {
        public bool Approve { get; set; }

        public GatedAction Action => GatedAction.DecideBookRequest;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            Include(new RequestDecisionValidator());
            RuleFor(command => command.EstimatedCost).NotNull().When(command => command.Approve).WithMessage("Enter the estimated cost so it can come out of the student book budget.");
        }
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<Unit>>
    {
        public async ValueTask<Result<Unit>> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.BookRequests.AsNoTracking().SingleOrDefaultAsync(request => request.Id == command.RequestId, cancellationToken);
            if (request is { IsOpen: false })
            {
                return new Conflict("This request has already been decided.");
            }

            // The budget token is read before the spending: an approval committed after this read bumps it and refuses this one.
            var settings = await db.CollectionSettings.SingleAsync(cancellationToken);
            if (request is not null && request.Term != settings.CurrentTerm)
            {
                // Only this term's approvals count against this term's budget, so an older request would be approved for free.
                return new Conflict($"This request is from {request.Term}. The selection committee decides {settings.CurrentTerm} requests only; the librarian decides older ones.");
            }

            if (command.Approve)
            {
                var remaining = await db.StudentBudgetRemainingAsync(cancellationToken);
                if (command.EstimatedCost > remaining)
                {
                    return new Invalid(nameof(Command.EstimatedCost), $"That is more than the ${remaining:N2} left in the student book budget this term.");
                }

                settings.BudgetVersion++;
            }

            var result = await RequestDecision.ApplyAsync(
                db, command, command.Approve ? RequestStatus.Approved : RequestStatus.Declined, await currentActor.GetAsync(cancellationToken), clock.GetUtcNow(), cancellationToken);
            if (result.Failure is null)
            {
                (await db.BookRequests.FindAsync([command.RequestId], cancellationToken))!.DecidedByCommittee = true;
            }

            return result;
        }
    }
}

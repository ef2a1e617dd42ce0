namespace LibraryPersonalization.Web.Features.Ecosystem;

public static class ChangeVolume
{
    public sealed record Command(EcosystemElement Element, Volume Volume, string? Reason) : ICommand<Result<Unit>>, ILibrarianRequest
    {
        public string Purpose => "change how much students lead each part of the library";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(command => command.Element).IsInEnum();
            RuleFor(command => command.Volume).IsInEnum();
            RuleFor(command => command.Reason).MaximumLength(500).WithMessage("Keep the reason under 500 characters.");
        }
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<Unit>>
    {
        public async ValueTask<Result<Unit>> Handle(Command command, CancellationToken cancellationToken)
        {
            var setting = await db.ElementVolumes.FindAsync([command.Element], cancellationToken);
            if (setting is null)
            {
                return new NotFound("That part of the library does not exist.");
            }

            if (setting.Volume == command.Volume)
            {
                return new Conflict($"{command.Element.DisplayName()} is already {command.Volume.DisplayName()}.");
            }

            var actor = await currentActor.GetAsync(cancellationToken);
            var now = clock.GetUtcNow();
            db.VolumeChanges.Add(new VolumeChange
            {
                Element = command.Element,
                From = setting.Volume,
                To = command.Volume,
                Reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(),
                ChangedById = actor.UserId,
                ChangedByName = actor.DisplayName,
                ChangedAt = now,
            });
            setting.Volume = command.Volume;
            setting.ChangedAt = now;
            return Result.Ok();
        }
    }
}

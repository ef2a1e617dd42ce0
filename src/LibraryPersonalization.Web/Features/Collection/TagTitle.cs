namespace LibraryPersonalization.Web.Features.Collection;

public static class TagTitle
{
    public sealed class Command : ICommand<Result<Unit>>, IGatedRequest
    {
        public int TitleId { get; set; }
        public string Tag { get; set; } = string.Empty;

        public GatedAction Action => GatedAction.TagTitle;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(command => command.Tag)
                .Must(tag => !string.IsNullOrWhiteSpace(tag)).WithMessage("Enter a tag.")
                .MaximumLength(40).WithMessage("Keep tags under 40 characters.");
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<Unit>>
    {
        public async ValueTask<Result<Unit>> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!await db.Titles.AnyAsync(title => title.Id == command.TitleId, cancellationToken))
            {
                return new NotFound("That title is not in the catalog.");
            }

            var tag = command.Tag.Trim().ToLowerInvariant();
            if (await db.TitleTags.AnyAsync(existing => existing.TitleId == command.TitleId && existing.Tag == tag, cancellationToken))
            {
                return new Conflict($"This title is already tagged \"{tag}\".");
            }

            var actor = await currentActor.GetAsync(cancellationToken);
            db.TitleTags.Add(new TitleTag
            {
                TitleId = command.TitleId,
                Tag = tag,
                AddedById = actor.UserId,
                AddedByName = actor.DisplayName,
                AddedAt = clock.GetUtcNow(),
                CheckedByStaff = actor.IsStaff,
            });
            return Result.Ok();
        }
    }
}

namespace LibraryPersonalization.Web.Features.Collection;

public static class ShelfList
{
    public sealed record Query(int Page) : IQuery<Result<Page<Row>>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.BrowseCatalog;
    }

    public sealed record Row(int Id, string Name, string Description, string CuratorName, int TitleCount);

    public sealed class Handler(LibraryDbContext db) : IQueryHandler<Query, Result<Page<Row>>>
    {
        public async ValueTask<Result<Page<Row>>> Handle(Query query, CancellationToken cancellationToken)
        {
            var rows = await db.Shelves.AsNoTracking()
                .OrderBy(shelf => shelf.Name)
                .PageOf(query.Page)
                .Select(shelf => new Row(shelf.Id, shelf.Name, shelf.Description, shelf.CuratorName, shelf.Items.Count))
                .ToListAsync(cancellationToken);
            return new Page<Row>(rows, query.Page, Paging.DefaultPageSize, await db.Shelves.CountAsync(cancellationToken));
        }
    }
}

public static class ShelfDetails
{
    public sealed record Query(int ShelfId, Actor Actor) : IQuery<Result<Model>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.BrowseCatalog;
    }

    public sealed record Model(ShelfView Shelf, bool CanCurate);

    public sealed record ShelfView(int Id, string Name, string Description, string CuratorName, IReadOnlyList<ShelvedTitle> Items);

    public sealed record ShelvedTitle(int TitleId, string Title, string Author);

    public sealed class Handler(LibraryDbContext db) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var shelf = await db.Shelves.AsNoTracking()
                .Include(shelf => shelf.Items.OrderBy(item => item.AddedAt)).ThenInclude(item => item.Title)
                .SingleOrDefaultAsync(shelf => shelf.Id == query.ShelfId, cancellationToken);
            return shelf is null ? new NotFound("That shelf does not exist.") : new Model(
                new ShelfView(shelf.Id, shelf.Name, shelf.Description, shelf.CuratorName, shelf.Items.Select(item => new ShelvedTitle(item.TitleId, item.Title!.Title, item.Title.Author)).ToList()),
                ShelfOwnership.MayCurate(shelf, query.Actor));
        }
    }
}

public static class ShelfOwnership
{
    public static bool MayCurate(Shelf shelf, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(shelf);
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsStaff || shelf.CuratorId == actor.UserId;
    }
}

public static class CreateShelf
{
    public sealed class Command : ICommand<Result<int>>, IGatedRequest
    {
        public string Name { get; set; } = string.Empty;
        public string Description { get; set; } = string.Empty;

        public GatedAction Action => GatedAction.CurateShelf;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(command => command.Name).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Give the shelf a name.").MaximumLength(100).WithMessage("Keep the name under 100 characters.");
            RuleFor(command => command.Description).MaximumLength(1000).WithMessage("Keep the description under 1,000 characters.");
        }
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<int>>
    {
        public async ValueTask<Result<int>> Handle(Command command, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            var shelf = new Shelf
            {
                Name = command.Name.Trim(),
                Description = command.Description?.Trim() ?? string.Empty,
                CuratorId = actor.UserId,
                CuratorName = actor.DisplayName,
                CreatedAt = clock.GetUtcNow(),
            };
            db.Shelves.Add(shelf);
            await db.SaveChangesAsync(cancellationToken);
            return shelf.Id;
        }
    }
}

public static class ShelveTitle
{
    public sealed record Command(int ShelfId, int TitleId, bool Remove) : ICommand<Result<Unit>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.CurateShelf;
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<Unit>>
    {
        public async ValueTask<Result<Unit>> Handle(Command command, CancellationToken cancellationToken)
        {
            var shelf = await db.Shelves.Include(shelf => shelf.Items).SingleOrDefaultAsync(shelf => shelf.Id == command.ShelfId, cancellationToken);
            if (shelf is null || !await db.Titles.AnyAsync(title => title.Id == command.TitleId, cancellationToken))
            {
                return new NotFound("That shelf or title does not exist.");
            }

            if (!ShelfOwnership.MayCurate(shelf, await currentActor.GetAsync(cancellationToken)))
            {
                return new Forbidden($"Only {shelf.CuratorName}, who curates \"{shelf.Name}\", and library staff can change it.");
            }

            var item = shelf.Items.SingleOrDefault(item => item.TitleId == command.TitleId);
            if (command.Remove)
            {
                if (item is not null)
                {
                    shelf.Items.Remove(item);
                }
            }
            else if (item is null)
            {
                shelf.Items.Add(new ShelfItem { TitleId = command.TitleId, AddedAt = clock.GetUtcNow() });
            }
            else
            {
                return new Conflict("That title is already on this shelf.");
            }

            return Result.Ok();
        }
    }
}

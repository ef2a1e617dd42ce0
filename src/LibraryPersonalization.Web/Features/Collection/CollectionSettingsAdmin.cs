namespace LibraryPersonalization.Web.Features.Collection;

public static class CollectionSettingsQuery
{
    public sealed record Query : IQuery<Result<Model>>, ISignedInRequest;

    public sealed record Model(SettingsView Settings, decimal BudgetRemaining, IReadOnlyList<ReasonRow> DeclineReasons);

    public sealed record SettingsView(string CurrentTerm, int OpenRequestLimitPerStudent, decimal StudentBookBudget, string SelectionCriteria);

    public sealed record ReasonRow(int Id, string Text, bool IsActive);

    public sealed class Handler(LibraryDbContext db) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken) => new Model(
            await db.CollectionSettings.AsNoTracking()
                .Select(settings => new SettingsView(settings.CurrentTerm, settings.OpenRequestLimitPerStudent, settings.StudentBookBudget, settings.SelectionCriteria))
                .SingleAsync(cancellationToken),
            await db.StudentBudgetRemainingAsync(cancellationToken),
            await db.DeclineReasons.AsNoTracking().OrderBy(reason => reason.Text).Select(reason => new ReasonRow(reason.Id, reason.Text, reason.IsActive)).ToListAsync(cancellationToken));
    }
}

public static class UpdateCollectionSettings
{
    public sealed class Command : ICommand<Result<Unit>>, ILibrarianRequest
    {
        public string CurrentTerm { get; set; } = string.Empty;
        public int OpenRequestLimitPerStudent { get; set; }
        public decimal StudentBookBudget { get; set; }
        public string SelectionCriteria { get; set; } = string.Empty;

        public string Purpose => "change the collection settings";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(command => command.CurrentTerm).Must(term => !string.IsNullOrWhiteSpace(term)).WithMessage("Name the current term.").MaximumLength(40);
            RuleFor(command => command.OpenRequestLimitPerStudent).InclusiveBetween(1, 50).WithMessage("The open-request limit must be between 1 and 50.");
            RuleFor(command => command.StudentBookBudget).InclusiveBetween(0m, 1_000_000m).WithMessage("The budget must be between $0 and $1,000,000.");
            RuleFor(command => command.SelectionCriteria).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Publish the selection criteria students are held to.").MaximumLength(4000);
        }
    }

    public sealed class Handler(LibraryDbContext db) : ICommandHandler<Command, Result<Unit>>
    {
        public async ValueTask<Result<Unit>> Handle(Command command, CancellationToken cancellationToken)
        {
            var settings = await db.CollectionSettings.SingleAsync(cancellationToken);
            settings.CurrentTerm = command.CurrentTerm.Trim();
            settings.OpenRequestLimitPerStudent = command.OpenRequestLimitPerStudent;
            settings.StudentBookBudget = command.StudentBookBudget;
            settings.SelectionCriteria = command.SelectionCriteria.Trim();
            settings.BudgetVersion++;
            return Result.Ok();
        }
    }
}

public static class AddDeclineReason
{
    public sealed record Command(string Text) : ICommand<Result<Unit>>, ILibrarianRequest
    {
        public string Purpose => "edit the decline reasons";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(command => command.Text).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Write the reason.").MaximumLength(200);
    }

    public sealed class Handler(LibraryDbContext db) : ICommandHandler<Command, Result<Unit>>
    {
        public ValueTask<Result<Unit>> Handle(Command command, CancellationToken cancellationToken)
        {
            db.DeclineReasons.Add(new DeclineReason { Text = command.Text.Trim() });
            return ValueTask.FromResult(Result.Ok());
        }
    }
}

public static class SetDeclineReasonActive
{
    public sealed record Command(int ReasonId, bool Active) : ICommand<Result<Unit>>, ILibrarianRequest
    {
        public string Purpose => "edit the decline reasons";
    }

    public sealed class Handler(LibraryDbContext db) : ICommandHandler<Command, Result<Unit>>
    {
        public async ValueTask<Result<Unit>> Handle(Command command, CancellationToken cancellationToken)
        {
            var reason = await db.DeclineReasons.FindAsync([command.ReasonId], cancellationToken);
            if (reason is null)
            {
                return new NotFound("That reason does not exist.");
            }

            reason.IsActive = command.Active;
            return Result.Ok();
        }
    }
}

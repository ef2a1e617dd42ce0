using LibraryPersonalization.Domain.HelpDesk;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LibraryPersonalization.Web.Features.HelpDesk;

/// <summary>The librarians' ready answers, offered on the reply form of every ticket.</summary>
public static class CannedReplyList
{
    public sealed record Query : IQuery<Result<IReadOnlyList<Line>>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.ManageHelpCenter;
    }

    public sealed record Line(int Id, string Title, string Text);

    public sealed class Handler(LibraryDbContext db) : IQueryHandler<Query, Result<IReadOnlyList<Line>>>
    {
        public async ValueTask<Result<IReadOnlyList<Line>>> Handle(Query query, CancellationToken cancellationToken) =>
            await db.CannedReplies().AsNoTracking().OrderBy(canned => canned.Title).Select(canned => new Line(canned.Id, canned.Title, canned.Text)).ToListAsync(cancellationToken);
    }
}

public static class SaveCannedReply
{
    public sealed class Command : ICommand<Result<string>>, IGatedRequest
    {
        [BindNever]
        public int? Id { get; set; }

        public string Title { get; set; } = string.Empty;
        public string Text { get; set; } = string.Empty;

        public GatedAction Action => GatedAction.ManageHelpCenter;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(command => command.Title).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Name the canned reply.")
                .MaximumLength(100).WithMessage("Keep the name to 100 characters.");
            RuleFor(command => command.Text).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Write the reply.")
                .MaximumLength(4000).WithMessage("Keep the reply to 4,000 characters.");
        }
    }

    public sealed class Handler(LibraryDbContext db) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var title = command.Title.Trim();
            if (await db.CannedReplies().AnyAsync(canned => canned.Title == title && canned.Id != command.Id, cancellationToken))
            {
                return new Invalid(nameof(Command.Title), $"There is already a canned reply named \"{title}\".");
            }

            var canned = command.Id is { } id ? await db.CannedReplies().SingleOrDefaultAsync(row => row.Id == id, cancellationToken) : null;
            if (command.Id is not null && canned is null)
            {
                return new NotFound("That canned reply no longer exists.");
            }

            if (canned is null)
            {
                db.CannedReplies().Add(new CannedReply { Title = title, Text = command.Text.Trim() });
                return $"Canned reply \"{title}\" added.";
            }

            (canned.Title, canned.Text) = (title, command.Text.Trim());
            return $"Canned reply \"{title}\" saved.";
        }
    }
}

public static class DeleteCannedReply
{
    public sealed record Command(int Id) : ICommand<Result<string>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.ManageHelpCenter;
    }

    public sealed class Handler(LibraryDbContext db) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var canned = await db.CannedReplies().SingleOrDefaultAsync(row => row.Id == command.Id, cancellationToken);
            if (canned is null)
            {
                return new NotFound("That canned reply no longer exists.");
            }

            db.CannedReplies().Remove(canned);
            return $"Canned reply \"{canned.Title}\" deleted. Answers already sent with it are unchanged.";
        }
    }
}

namespace LibraryPersonalization.Web.Features.Collection;

public static class SubmitBookRequest
{
    public sealed class Command : ICommand<Result<Submitted>>, IGatedRequest
    {
        public string Title { get; set; } = string.Empty;
        public string Author { get; set; } = string.Empty;
        public string? Isbn { get; set; }
        public string Reason { get; set; } = string.Empty;

        public GatedAction Action => GatedAction.SubmitBookRequest;
    }

    public sealed record Submitted(int RequestId, bool MergedIntoExisting);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(command => command.Title).Must(NotBlank).WithMessage("Enter the book's title.").MaximumLength(200);
            RuleFor(command => command.Author).Must(NotBlank).WithMessage("Enter the author.").MaximumLength(200);
            RuleFor(command => command.Isbn)
                .Must(isbn => string.IsNullOrWhiteSpace(isbn) || isbn.Count(char.IsAsciiDigit) is 10 or 13)
                .WithMessage("An ISBN has 10 or 13 digits; leave it empty if you don't know it.");
            RuleFor(command => command.Reason).Must(NotBlank).WithMessage("Tell us why the library should get this book.").MaximumLength(2000);
        }

        private static bool NotBlank(string? text) => !string.IsNullOrWhiteSpace(text);
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<Submitted>>
    {
        public async ValueTask<Result<Submitted>> Handle(Command command, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            var settings = await db.CollectionSettings.SingleAsync(cancellationToken);
            var title = command.Title.Trim();
            var author = command.Author.Trim();
            var isbnDigits = new string((command.Isbn ?? string.Empty).Where(char.IsAsciiDigit).ToArray());

            var titlePattern = LikePattern.Exactly(title);
            var authorPattern = LikePattern.Exactly(author);
            if (await db.Titles.AnyAsync(
                held => (isbnDigits.Length == 13 && held.Isbn == isbnDigits)
                    || (EF.Functions.Like(held.Title, titlePattern, LikePattern.Escape) && EF.Functions.Like(held.Author, authorPattern, LikePattern.Escape)),
                cancellationToken))
            {
                return new Invalid(nameof(Command.Title), $"The library already has {title}: search the catalog to find it.");
            }

            var key = BookRequest.KeyFor(title, author, command.Isbn);
            var existing = await db.BookRequests.Include(request => request.Supporters).SingleOrDefaultAsync(request => request.OpenKey == key, cancellationToken);
            if (existing?.Supporters.Any(supporter => supporter.StudentId == actor.UserId) == true)
            {
                return new Conflict("You have already asked for this book: it is on your home page.");
            }

            if (actor.Role == LibraryRole.Student)
            {
                var open = await db.BookRequests.CountAsync(
                    request => request.Term == settings.CurrentTerm
                        && (request.Status == RequestStatus.Submitted || request.Status == RequestStatus.UnderReview)
                        && request.Supporters.Any(supporter => supporter.StudentId == actor.UserId),
                    cancellationToken);
                if (open >= settings.OpenRequestLimitPerStudent)
                {
                    return new Conflict($"You already have {open} open requests this term, the most the library allows. You can ask for more once one is decided.");
                }
            }

            var now = clock.GetUtcNow();
            if (existing is not null)
            {
                return Join(existing, actor, now);
            }

            var created = new BookRequest
            {
                Title = title,
                Author = author,
                Isbn = isbnDigits.Length == 0 ? null : isbnDigits,
                Reason = command.Reason.Trim(),
                Term = settings.CurrentTerm,
                Status = RequestStatus.Submitted,
                SubmittedAt = now,
                StatusChangedAt = now,
                OpenKey = key,
            };
            created.Supporters.Add(new BookRequestSupporter { StudentId = actor.UserId, StudentName = actor.DisplayName, JoinedAt = now });
            db.BookRequests.Add(created);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new Submitted(created.Id, MergedIntoExisting: false);
            }
            catch (DbUpdateException exception) when (exception.IsUniqueViolation())
            {
                // A classmate's request for the same book committed after the lookup above (READ COMMITTED allows it), so
                // the OpenKey unique index refused this one. EF rolled back to its savepoint: join theirs instead of losing this student.
                db.ChangeTracker.Clear();
                var winner = await db.BookRequests.Include(request => request.Supporters).SingleOrDefaultAsync(request => request.OpenKey == key, cancellationToken);
                if (winner is null)
                {
                    throw;
                }

                return winner.Supporters.Any(supporter => supporter.StudentId == actor.UserId)
                    ? new Conflict("You have already asked for this book: it is on your home page.")
                    : Join(winner, actor, now);
            }
        }

        private Submitted Join(BookRequest existing, Actor actor, DateTimeOffset now)
        {
            db.NotifySupporters(existing, $"{actor.DisplayName} also asked for {existing.Title}: it now has {existing.Supporters.Count + 1} requesters.", now);
            existing.Supporters.Add(new BookRequestSupporter { StudentId = actor.UserId, StudentName = actor.DisplayName, JoinedAt = now });
            return new Submitted(existing.Id, MergedIntoExisting: true);
        }
    }
}

using LibraryPersonalization.Web.Features.Collection.Search;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LibraryPersonalization.Web.Features.Collection;

/// <summary>The form for a new title (empty) or an existing one (as stored).</summary>
public static class TitleEditor
{
    public sealed record Query(int? TitleId) : IQuery<Result<SaveTitle.Command>>, ILibrarianRequest
    {
        string ILibrarianRequest.Purpose => SaveTitle.Purpose;
    }

    public sealed class Handler(LibraryDbContext db) : IQueryHandler<Query, Result<SaveTitle.Command>>
    {
        public async ValueTask<Result<SaveTitle.Command>> Handle(Query query, CancellationToken cancellationToken)
        {
            if (query.TitleId is not { } id)
            {
                return new SaveTitle.Command();
            }

            var title = await db.Titles.AsNoTracking().SingleOrDefaultAsync(row => row.Id == id, cancellationToken);
            return title is null ? new NotFound("There is no such title in the catalog.") : SaveTitle.Command.From(title);
        }
    }
}

/// <summary>Adds a title to the catalog or corrects one; the search index follows through the change log.</summary>
public static class SaveTitle
{
    public const string Purpose = "add and edit catalog titles";

    public sealed class Command : ICommand<Result<int>>, ILibrarianRequest
    {
        /// <summary>Null for a new title; set by the controller from the route, never by the form.</summary>
        [BindNever]
        public int? TitleId { get; set; }

        public string Title { get; set; } = string.Empty;
        public string Author { get; set; } = string.Empty;
        public string Isbn { get; set; } = string.Empty;
        public string Genre { get; set; } = string.Empty;
        public string Subjects { get; set; } = string.Empty;
        public int? Year { get; set; }
        public string Publisher { get; set; } = string.Empty;
        public string Summary { get; set; } = string.Empty;
        public string? Series { get; set; }
        public string? ReadingLevel { get; set; }

        string ILibrarianRequest.Purpose => Purpose;

        public static Command From(CatalogTitle title)
        {
            ArgumentNullException.ThrowIfNull(title);
            return new()
            {
                TitleId = title.Id,
                Title = title.Title,
                Author = title.Author,
                Isbn = title.Isbn,
                Genre = title.Genre,
                Subjects = title.Subjects,
                Year = title.Year,
                Publisher = title.Publisher,
                Summary = title.Summary,
                Series = title.Series,
                ReadingLevel = title.ReadingLevel,
            };
        }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            Required(command => command.Title, "the title", 300);
            Required(command => command.Author, "the author", 200);
            Required(command => command.Genre, "the genre", 60);
            Required(command => command.Publisher, "the publisher", 200);
            RuleFor(command => command.Subjects).MaximumLength(450).WithMessage("Keep the subjects to 450 characters.");
            RuleFor(command => command.Summary).MaximumLength(2000).WithMessage("Keep the summary to 2,000 characters.");
            RuleFor(command => command.Series).MaximumLength(200).WithMessage("Keep the series to 200 characters.");
            RuleFor(command => command.Isbn).Must(isbn => Domain.Catalog.Isbn.TryNormalize(isbn, out _))
                .WithMessage("Enter a valid ISBN-10 or ISBN-13, with its check digit (hyphens and spaces are fine).");
            RuleFor(command => command.Year).NotNull().WithMessage("Enter the year it was published.")
                .InclusiveBetween(1450, clock.GetUtcNow().Year + 1).WithMessage(_ => $"The year must be between 1450 and {clock.GetUtcNow().Year + 1}.");
            RuleFor(command => command.ReadingLevel).Must(level => string.IsNullOrEmpty(level) || ReadingLevels.All.Contains(level))
                .WithMessage("Choose a reading level from the list.");
        }

        private void Required(System.Linq.Expressions.Expression<Func<Command, string>> field, string what, int longest) =>
            RuleFor(field).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage($"Enter {what}.")
                .MaximumLength(longest).WithMessage($"Keep {what} to {longest} characters.");
    }

    public sealed class Handler(LibraryDbContext db) : ICommandHandler<Command, Result<int>>
    {
        public async ValueTask<Result<int>> Handle(Command command, CancellationToken cancellationToken)
        {
            var title = command.TitleId is { } id ? await db.Titles.SingleOrDefaultAsync(row => row.Id == id, cancellationToken) : null;
            if (command.TitleId is not null && title is null)
            {
                return new NotFound("There is no such title in the catalog.");
            }

            Domain.Catalog.Isbn.TryNormalize(command.Isbn, out var isbn);
            if (await db.Titles.Where(other => other.Isbn == isbn && other.Id != command.TitleId).Select(other => other.Title).FirstOrDefaultAsync(cancellationToken) is { } holder)
            {
                return new Invalid(nameof(Command.Isbn), $"ISBN {isbn} is already in the catalog as \"{holder}\".");
            }

            if (title is null)
            {
                title = new CatalogTitle { Title = string.Empty, Author = string.Empty, Isbn = isbn, Genre = string.Empty, Subjects = string.Empty, Publisher = string.Empty, Summary = string.Empty };
                db.Titles.Add(title);
            }

            title.Title = command.Title.Trim();
            title.Author = command.Author.Trim();
            title.Isbn = isbn;
            title.Genre = command.Genre.Trim();
            title.Subjects = CatalogSubjects.Join(command.Subjects);
            title.Year = command.Year!.Value;
            title.Publisher = command.Publisher.Trim();
            title.Summary = command.Summary.Trim();
            title.Series = string.IsNullOrWhiteSpace(command.Series) ? null : command.Series.Trim();
            title.ReadingLevel = string.IsNullOrEmpty(command.ReadingLevel) ? null : command.ReadingLevel;
            await db.SaveChangesAsync(cancellationToken);
            return title.Id;
        }
    }
}

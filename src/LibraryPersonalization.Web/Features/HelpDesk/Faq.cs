using System.Text.RegularExpressions;
using LibraryPersonalization.Domain.HelpDesk;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LibraryPersonalization.Web.Features.HelpDesk;

/// <summary>The published FAQ, searched in question and answer, with each entry's "did this help?" counts.</summary>
public static class FaqList
{
    public sealed record Query(string? Search, int Page) : IQuery<Result<Model>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.OpenHelpTicket;
    }

    public sealed record Model(string? Search, Page<Entry> Entries);

    public sealed record Entry(int Id, string Question, string Answer, string Category, int Helpful, int NotHelpful, bool? MyAnswer);

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            var entries = db.FaqEntries().AsNoTracking().Where(entry => entry.Status == FaqStatus.Published);
            var search = query.Search?.Trim();
            foreach (var word in SearchFolding.Words(search))
            {
                entries = entries.Where(entry => entry.SearchText.Contains(word));
            }

            var total = await entries.CountAsync(cancellationToken);
            var page = await entries.OrderByDescending(entry => entry.HelpfulCount - entry.NotHelpfulCount).ThenBy(entry => entry.Question)
                .PageOf(query.Page)
                .Select(entry => new
                {
                    entry.Id, entry.Question, entry.Answer, entry.Category, entry.HelpfulCount, entry.NotHelpfulCount,
                    Mine = db.FaqFeedback().Where(feedback => feedback.FaqEntryId == entry.Id && feedback.UserId == actor.UserId).Select(feedback => (bool?)feedback.Helpful).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            return new Model(
                search,
                new Page<Entry>(page.Select(row => new Entry(row.Id, row.Question, row.Answer, HelpDeskData.CategoryName(row.Category), row.HelpfulCount, row.NotHelpfulCount, row.Mine)).ToList(), query.Page, Paging.DefaultPageSize, total));
        }
    }
}

/// <summary>"Did this help?": one answer per person and entry, which they may change; the counts move with it.</summary>
public static class GiveFaqFeedback
{
    public sealed record Command(int FaqEntryId, bool Helpful) : ICommand<Result<string>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.OpenHelpTicket;
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!await db.FaqEntries().AnyAsync(entry => entry.Id == command.FaqEntryId && entry.Status == FaqStatus.Published, cancellationToken))
            {
                return new NotFound("There is no such FAQ entry.");
            }

            var actor = await currentActor.GetAsync(cancellationToken);
            var mine = await db.FaqFeedback().SingleOrDefaultAsync(feedback => feedback.FaqEntryId == command.FaqEntryId && feedback.UserId == actor.UserId, cancellationToken);
            if (mine?.Helpful == command.Helpful)
            {
                return "Thanks: your answer was already counted.";
            }

            var entries = db.FaqEntries().Where(entry => entry.Id == command.FaqEntryId);
            var (helpful, notHelpful) = (command.Helpful ? 1 : 0, command.Helpful ? 0 : 1);
            if (mine is null)
            {
                db.FaqFeedback().Add(new FaqFeedback { FaqEntryId = command.FaqEntryId, UserId = actor.UserId, Helpful = command.Helpful });
            }
            else
            {
                mine.Helpful = command.Helpful;
                (helpful, notHelpful) = (helpful - notHelpful, notHelpful - helpful);
            }

            await entries.ExecuteUpdateAsync(set => set.SetProperty(entry => entry.HelpfulCount, entry => entry.HelpfulCount + helpful).SetProperty(entry => entry.NotHelpfulCount, entry => entry.NotHelpfulCount + notHelpful), cancellationToken);
            return "Thanks for telling us.";
        }
    }
}

/// <summary>Students (from Cocreated) and staff suggest a question for the FAQ; a librarian edits and publishes it, or declines.</summary>
public static class SuggestFaqEntry
{
    public sealed class Command : ICommand<Result<string>>, IGatedRequest
    {
        public string Question { get; set; } = string.Empty;
        public string? Answer { get; set; }
        public TicketCategory Category { get; set; } = TicketCategory.Other;

        public GatedAction Action => GatedAction.SuggestFaqEntry;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(command => command.Question).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Write the question people ask.")
                .MaximumLength(500).WithMessage("Keep the question to 500 characters.");
            RuleFor(command => command.Answer).MaximumLength(4000).WithMessage("Keep the answer to 4,000 characters.");
            RuleFor(command => command.Category).IsInEnum().WithMessage("Choose what the question is about.");
        }
    }

    public sealed class Handler(LibraryDbContext db, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var actor = await currentActor.GetAsync(cancellationToken);
            db.FaqEntries().Add(new FaqEntry
            {
                Question = command.Question.Trim(),
                Answer = command.Answer?.Trim() ?? string.Empty,
                Category = command.Category,
                Status = FaqStatus.Suggested,
                SuggestedById = actor.UserId,
                SuggestedByName = actor.DisplayName,
                CreatedAt = clock.GetUtcNow(),
            });
            return "Thank you: a librarian will read your suggestion and may add it to the FAQ.";
        }
    }
}

/// <summary>Suggestions waiting for a librarian.</summary>
public static class FaqSuggestions
{
    public sealed record Query(int Page) : IQuery<Result<Page<Suggestion>>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.ManageHelpCenter;
    }

    public sealed record Suggestion(int Id, string Question, string Answer, TicketCategory Category, string SuggestedBy, string Suggested);

    public sealed class Handler(LibraryDbContext db, SchoolTime schoolTime) : IQueryHandler<Query, Result<Page<Suggestion>>>
    {
        public async ValueTask<Result<Page<Suggestion>>> Handle(Query query, CancellationToken cancellationToken)
        {
            var waiting = db.FaqEntries().AsNoTracking().Where(entry => entry.Status == FaqStatus.Suggested);
            var total = await waiting.CountAsync(cancellationToken);
            var rows = await waiting.OrderBy(entry => entry.CreatedAt).ThenBy(entry => entry.Id).PageOf(query.Page).ToListAsync(cancellationToken);
            return new Page<Suggestion>(
                rows.Select(row => new Suggestion(row.Id, row.Question, row.Answer, row.Category, row.SuggestedByName ?? "Someone", schoolTime.Format(row.CreatedAt, "MMM d, yyyy"))).ToList(),
                query.Page,
                Paging.DefaultPageSize,
                total);
        }
    }
}

/// <summary>A librarian publishes a suggestion as edited, or declines it; the suggester is told either way.</summary>
public static class DecideFaqSuggestion
{
    public sealed class Command : ICommand<Result<string>>, IGatedRequest
    {
        [BindNever]
        public int Id { get; set; }

        public bool Publish { get; set; }
        public string Question { get; set; } = string.Empty;
        public string Answer { get; set; } = string.Empty;
        public TicketCategory Category { get; set; } = TicketCategory.Other;

        public GatedAction Action => GatedAction.ManageHelpCenter;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(command => command.Question).Must((command, text) => !command.Publish || !string.IsNullOrWhiteSpace(text)).WithMessage("Write the question.")
                .MaximumLength(500).WithMessage("Keep the question to 500 characters.");
            RuleFor(command => command.Answer).Must((command, text) => !command.Publish || !string.IsNullOrWhiteSpace(text)).WithMessage("Write the answer before publishing.")
                .MaximumLength(4000).WithMessage("Keep the answer to 4,000 characters.");
            RuleFor(command => command.Category).IsInEnum().WithMessage("Choose what the question is about.");
        }
    }

    public sealed class Handler(LibraryDbContext db, TimeProvider clock) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var entry = await db.FaqEntries().SingleOrDefaultAsync(row => row.Id == command.Id, cancellationToken);
            if (entry is null)
            {
                return new NotFound("There is no such suggestion.");
            }

            if (entry.Status != FaqStatus.Suggested)
            {
                return new Conflict("This suggestion was already decided.");
            }

            if (command.Publish)
            {
                (entry.Question, entry.Answer, entry.Category, entry.Status) = (command.Question.Trim(), command.Answer.Trim(), command.Category, FaqStatus.Published);
            }
            else
            {
                entry.Status = FaqStatus.Declined;
            }

            if (entry.SuggestedById is { } suggester)
            {
                db.Notifications.Add(new() { UserId = suggester, Message = command.Publish ? $"Your FAQ suggestion \"{entry.Question}\" is in the FAQ now." : $"Your FAQ suggestion \"{entry.Question}\" was not added this time.", Link = "/help/faq", CreatedAt = clock.GetUtcNow() });
            }

            return command.Publish ? "Published in the FAQ." : "Suggestion declined.";
        }
    }
}

/// <summary>
/// A librarian turns a resolved ticket into an FAQ entry. The form starts from the question and the accepted answer with
/// the asker's name taken out; the entry never records who asked.
/// </summary>
public static class PromoteToFaq
{
    public sealed record Query(int TicketId) : IQuery<Result<Command>>, IGatedRequest
    {
        public GatedAction Action => GatedAction.ManageHelpCenter;
    }

    public sealed class Command : ICommand<Result<string>>, IGatedRequest, ITicketRequest
    {
        [BindNever]
        public int TicketId { get; set; }

        public string Question { get; set; } = string.Empty;
        public string Answer { get; set; } = string.Empty;
        public TicketCategory Category { get; set; } = TicketCategory.Other;

        public GatedAction Action => GatedAction.ManageHelpCenter;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(command => command.Question).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Write the question.").MaximumLength(500).WithMessage("Keep the question to 500 characters.");
            RuleFor(command => command.Answer).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Write the answer.").MaximumLength(4000).WithMessage("Keep the answer to 4,000 characters.");
            RuleFor(command => command.Category).IsInEnum().WithMessage("Choose what the question is about.");
        }
    }

    public sealed class FormHandler(LibraryDbContext db) : IQueryHandler<Query, Result<Command>>
    {
        public async ValueTask<Result<Command>> Handle(Query query, CancellationToken cancellationToken)
        {
            var resolved = await ResolvedTicketAsync(db, query.TicketId, cancellationToken);
            if (resolved.Value is not { } ticket)
            {
                return resolved.Failure!;
            }

            var answer = await db.TicketReplies().AsNoTracking()
                .Where(reply => reply.TicketId == ticket.Id && !reply.Internal && !reply.FromAsker && reply.HiddenReason == null)
                .OrderByDescending(reply => reply.Id == ticket.AcceptedReplyId).ThenByDescending(reply => reply.CreatedAt)
                .Select(reply => reply.Text)
                .FirstOrDefaultAsync(cancellationToken);
            return new Command
            {
                TicketId = ticket.Id,
                Question = Anonymised(ticket.Subject, ticket.AskerName),
                Answer = Anonymised(answer ?? string.Empty, ticket.AskerName),
                Category = ticket.Category,
            };
        }
    }

    public sealed class Handler(LibraryDbContext db, TimeProvider clock) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var resolved = await ResolvedTicketAsync(db, command.TicketId, cancellationToken);
            if (resolved.Value is not { } ticket)
            {
                return resolved.Failure!;
            }

            db.FaqEntries().Add(new FaqEntry
            {
                Question = Anonymised(command.Question.Trim(), ticket.AskerName),
                Answer = Anonymised(command.Answer.Trim(), ticket.AskerName),
                Category = command.Category,
                Status = FaqStatus.Published,
                SourceTicketId = ticket.Id,
                CreatedAt = clock.GetUtcNow(),
            });
            return "Published in the FAQ. The entry does not say who asked.";
        }
    }

    private static async Task<Result<HelpTicket>> ResolvedTicketAsync(LibraryDbContext db, int ticketId, CancellationToken cancellationToken)
    {
        var ticket = await db.HelpTickets().AsNoTracking().SingleOrDefaultAsync(row => row.Id == ticketId, cancellationToken);
        if (ticket is null)
        {
            return new NotFound(TicketAccess.NoSuchTicket);
        }

        return ticket.Status == TicketStatus.Resolved ? ticket : new Conflict("Only a resolved ticket goes into the FAQ: its answer has to be settled first.");
    }

    /// <summary>Takes every part of the asker's name out of the text, so the FAQ never names the student who asked.</summary>
    public static string Anonymised(string text, string askerName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(askerName);
        return askerName.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(part => part.Length > 1)
            .Prepend(askerName.Trim())
            .Aggregate(text, (current, part) => Regex.Replace(current, $@"\b{Regex.Escape(part)}\b", "a student", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
    }
}

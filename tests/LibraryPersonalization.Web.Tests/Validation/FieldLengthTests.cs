using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using FluentValidation;
using LibraryPersonalization.Data;
using LibraryPersonalization.Domain.Bookings;
using LibraryPersonalization.Domain.HelpDesk;
using LibraryPersonalization.Domain.Tutorials;
using LibraryPersonalization.Web.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryPersonalization.Web.Tests.Validation;

/// <summary>
/// Every text a command carries is refused by its validator when longer than the column that stores it,
/// so over-long input is a message on the form, never a database error or a silently stored 10,000-character value.
/// </summary>
public class FieldLengthTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    /// <summary>Passwords are hashed, not stored as typed; the limit keeps hashing a huge one from tying up the server.</summary>
    private const int PasswordLimit = 100;

    /// <summary>
    /// Where each command's text is stored. A new text field fails the test until it is named here. Null marks an id
    /// the handler only looks up (an unknown one is "not found"), so it needs no limit of its own.
    /// </summary>
    private static readonly Dictionary<string, (Type Entity, string Property)?> StoredIn = new()
    {
        ["ChangeVolume.Command.Reason"] = (typeof(VolumeChange), nameof(VolumeChange.Reason)),
        ["UpdateCollectionSettings.Command.CurrentTerm"] = (typeof(CollectionSettings), nameof(CollectionSettings.CurrentTerm)),
        ["UpdateCollectionSettings.Command.SelectionCriteria"] = (typeof(CollectionSettings), nameof(CollectionSettings.SelectionCriteria)),
        ["AddDeclineReason.Command.Text"] = (typeof(DeclineReason), nameof(DeclineReason.Text)),
        ["CommentOnRequest.Command.Text"] = (typeof(RequestComment), nameof(RequestComment.Text)),
        ["ChangeRequestStatus.Command.DeclineNote"] = (typeof(BookRequest), nameof(BookRequest.DeclineReason)),
        ["DecideBookRequest.Command.DeclineNote"] = (typeof(BookRequest), nameof(BookRequest.DeclineReason)),
        ["CreateShelf.Command.Name"] = (typeof(Shelf), nameof(Shelf.Name)),
        ["CreateShelf.Command.Description"] = (typeof(Shelf), nameof(Shelf.Description)),
        ["SubmitBookRequest.Command.Title"] = (typeof(BookRequest), nameof(BookRequest.Title)),
        ["SubmitBookRequest.Command.Author"] = (typeof(BookRequest), nameof(BookRequest.Author)),
        ["SubmitBookRequest.Command.Isbn"] = (typeof(BookRequest), nameof(BookRequest.Isbn)),
        ["SubmitBookRequest.Command.Reason"] = (typeof(BookRequest), nameof(BookRequest.Reason)),
        ["TagTitle.Command.Tag"] = (typeof(TitleTag), nameof(TitleTag.Tag)),
        ["WriteReview.Command.Text"] = (typeof(Review), nameof(Review.Text)),
        ["CreateAccount.Command.DisplayName"] = (typeof(ApplicationUser), nameof(ApplicationUser.DisplayName)),
        ["CreateAccount.Command.Email"] = (typeof(ApplicationUser), nameof(ApplicationUser.Email)),
        ["CreateAccount.Command.GradeLevel"] = (typeof(ApplicationUser), nameof(ApplicationUser.GradeLevel)),
        ["ResetPassword.Command.UserId"] = null,
        ["SetAccountActive.Command.UserId"] = null,
        ["EndSignIns.Command.UserId"] = null,
        ["GrantDesignation.Command.StudentId"] = null,
        ["BookTime.Command.Note"] = (typeof(Booking), nameof(Booking.Note)),
        ["BookTime.Command.ClassName"] = (typeof(Booking), nameof(Booking.ClassName)),
        ["RequestTime.Command.Note"] = (typeof(Booking), nameof(Booking.Note)),
        ["CancelBooking.Command.Reason"] = (typeof(Booking), nameof(Booking.StatusReason)),
        ["ChangeBooking.Command.Note"] = (typeof(Booking), nameof(Booking.Note)),
        ["BookSeries.Command.Note"] = (typeof(Booking), nameof(Booking.Note)),
        ["BookSeries.Command.ClassName"] = (typeof(Booking), nameof(Booking.ClassName)),
        ["DeclineBooking.Command.Reason"] = (typeof(Booking), nameof(Booking.StatusReason)),
        ["AssignStudent.Command.Note"] = (typeof(Booking), nameof(Booking.Note)),
        ["AssignStudent.Command.StudentId"] = null,
        ["ProposeZoneChange.Command.Proposal"] = (typeof(ZoneProposal), nameof(ZoneProposal.Proposal)),
        ["ReplyToProposal.Command.Reply"] = (typeof(ZoneProposal), nameof(ZoneProposal.Reply)),
        ["SaveResource.Command.Name"] = (typeof(BookableResource), nameof(BookableResource.Name)),
        ["SaveResource.Command.Purpose"] = (typeof(BookableResource), nameof(BookableResource.Purpose)),
        ["AddClosure.Command.Reason"] = (typeof(ClosedDate), nameof(ClosedDate.Reason)),
        ["AskQuestion.Command.Subject"] = (typeof(HelpTicket), nameof(HelpTicket.Subject)),
        ["AskQuestion.Command.Question"] = (typeof(HelpTicket), nameof(HelpTicket.Question)),
        ["PostReply.Command.Text"] = (typeof(TicketReply), nameof(TicketReply.Text)),
        ["AssignTicket.Command.AssigneeId"] = null,
        ["HideReply.Command.Reason"] = (typeof(TicketReply), nameof(TicketReply.HiddenReason)),
        ["SaveCannedReply.Command.Title"] = (typeof(CannedReply), nameof(CannedReply.Title)),
        ["SaveCannedReply.Command.Text"] = (typeof(CannedReply), nameof(CannedReply.Text)),
        ["SuggestFaqEntry.Command.Question"] = (typeof(FaqEntry), nameof(FaqEntry.Question)),
        ["SuggestFaqEntry.Command.Answer"] = (typeof(FaqEntry), nameof(FaqEntry.Answer)),
        ["DecideFaqSuggestion.Command.Question"] = (typeof(FaqEntry), nameof(FaqEntry.Question)),
        ["DecideFaqSuggestion.Command.Answer"] = (typeof(FaqEntry), nameof(FaqEntry.Answer)),
        ["PromoteToFaq.Command.Question"] = (typeof(FaqEntry), nameof(FaqEntry.Question)),
        ["PromoteToFaq.Command.Answer"] = (typeof(FaqEntry), nameof(FaqEntry.Answer)),
        ["StartTutorial.Command.Title"] = (typeof(Tutorial), nameof(Tutorial.Title)),
        ["StartTutorial.Command.Summary"] = (typeof(Tutorial), nameof(Tutorial.Summary)),
        ["StartTutorial.Command.Body"] = (typeof(Tutorial), nameof(Tutorial.Body)),
        ["StartTutorial.Command.Topics"] = (typeof(TutorialRevision), nameof(TutorialRevision.Topics)),
        ["StartTutorial.Command.VideoUrl"] = (typeof(Tutorial), nameof(Tutorial.VideoUrl)),
        ["EditTutorial.Command.Title"] = (typeof(Tutorial), nameof(Tutorial.Title)),
        ["EditTutorial.Command.Summary"] = (typeof(Tutorial), nameof(Tutorial.Summary)),
        ["EditTutorial.Command.Body"] = (typeof(Tutorial), nameof(Tutorial.Body)),
        ["EditTutorial.Command.Topics"] = (typeof(TutorialRevision), nameof(TutorialRevision.Topics)),
        ["EditTutorial.Command.VideoUrl"] = (typeof(Tutorial), nameof(Tutorial.VideoUrl)),
        ["UnpublishTutorial.Command.Reason"] = (typeof(Tutorial), nameof(Tutorial.UnpublishedReason)),
        ["CommentOnTutorial.Command.Text"] = (typeof(TutorialComment), nameof(TutorialComment.Text)),
        ["HideTutorialComment.Command.Reason"] = (typeof(TutorialComment), nameof(TutorialComment.HiddenReason)),
        ["AskForTutorial.Command.Topic"] = (typeof(TutorialRequest), nameof(TutorialRequest.Topic)),
        ["AskForTutorial.Command.Details"] = (typeof(TutorialRequest), nameof(TutorialRequest.Details)),
        ["AnswerTutorialRequest.Command.Note"] = (typeof(TutorialRequest), nameof(TutorialRequest.StatusNote)),
        ["SaveTitle.Command.Title"] = (typeof(CatalogTitle), nameof(CatalogTitle.Title)),
        ["SaveTitle.Command.Author"] = (typeof(CatalogTitle), nameof(CatalogTitle.Author)),
        ["SaveTitle.Command.Isbn"] = (typeof(CatalogTitle), nameof(CatalogTitle.Isbn)),
        ["SaveTitle.Command.Genre"] = (typeof(CatalogTitle), nameof(CatalogTitle.Genre)),
        ["SaveTitle.Command.Subjects"] = (typeof(CatalogTitle), nameof(CatalogTitle.Subjects)),
        ["SaveTitle.Command.Publisher"] = (typeof(CatalogTitle), nameof(CatalogTitle.Publisher)),
        ["SaveTitle.Command.Summary"] = (typeof(CatalogTitle), nameof(CatalogTitle.Summary)),
        ["SaveTitle.Command.Series"] = (typeof(CatalogTitle), nameof(CatalogTitle.Series)),
        ["SaveTitle.Command.ReadingLevel"] = (typeof(CatalogTitle), nameof(CatalogTitle.ReadingLevel)),
    };

    private static readonly HashSet<string> Passwords = ["CreateAccount.Command.TemporaryPassword", "ResetPassword.Command.NewPassword"];

    [Fact]
    public void Every_text_field_of_every_command_refuses_more_than_its_column_holds()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LibraryDbContext>();
        var texts = typeof(FeatureController).Assembly.GetTypes()
            .Where(type => type is { IsAbstract: false, IsInterface: false } && IsCommand(type))
            .SelectMany(command => command.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(property => property.PropertyType == typeof(string) && property.SetMethod is not null)
                .Select(property => (Command: command, Property: property)))
            .ToList();
        Assert.Contains(texts, text => text.Command.Name == "Command" && text.Property.Name == "Reason");

        var problems = new List<string>();
        foreach (var (command, property) in texts)
        {
            var name = $"{command.DeclaringType?.Name}.{command.Name}.{property.Name}";
            var isPassword = Passwords.Contains(name);
            if (!StoredIn.TryGetValue(name, out var column) && !isPassword)
            {
                problems.Add($"{name} is not in {nameof(StoredIn)}: name the column it is stored in, or null when it is not stored.");
                continue;
            }

            if (column is null && !isPassword)
            {
                continue;
            }

            var limit = column is var (entity, columnProperty)
                ? db.Model.FindEntityType(entity)?.FindProperty(columnProperty)?.GetMaxLength()
                : PasswordLimit;
            if (limit is null)
            {
                problems.Add($"{name}: {column?.Entity.Name}.{column?.Property} has no maximum length in the model.");
                continue;
            }

            var tooLong = RuntimeHelpers.GetUninitializedObject(command);
            property.SetValue(tooLong, new string('x', limit.Value + 1));
            var validator = (IValidator?)scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(command));
            var refused = validator?.Validate(new ValidationContext<object>(tooLong)).Errors.Any(error => error.PropertyName == property.Name) ?? false;
            if (!refused)
            {
                problems.Add($"{name} accepts {(limit.Value + 1).ToString(CultureInfo.InvariantCulture)} characters; its limit is {limit.Value.ToString(CultureInfo.InvariantCulture)}.");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static bool IsCommand(Type type) =>
        type.GetInterfaces().Any(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(ICommand<>));
}

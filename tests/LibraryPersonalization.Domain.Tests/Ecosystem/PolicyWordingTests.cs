using LibraryPersonalization.Domain.Ecosystem;
using static LibraryPersonalization.Domain.Ecosystem.GatedAction;

namespace LibraryPersonalization.Domain.Tests.Ecosystem;

/// <summary>What people read about each action: its name on the ecosystem page and home tiles, and why a request was refused.</summary>
public class PolicyWordingTests
{
    /// <summary>The product's wording for each action, as pages show it.</summary>
    private static readonly Dictionary<GatedAction, string> Wording = new()
    {
        [BrowseCatalog] = "Browse and search the catalog",
        [ReviewTitle] = "Rate titles and write reviews",
        [SubmitBookRequest] = "Suggest a purchase (book request)",
        [CommentOnBookRequest] = "Comment on book requests",
        [VoteOnBookRequest] = "Vote on book requests",
        [CurateShelf] = "Curate public shelves",
        [TagTitle] = "Tag and genrefy titles",
        [PublishReviewWithoutApproval] = "Reviews publish without approval",
        [DecideBookRequest] = "Decide book requests within the student book budget",
        [ModerateReviews] = "Approve or reject reviews and check tags",
        [ManageBookRequests] = "Move requests through the purchase workflow",
        [ViewZones] = "See learning zones and occupancy",
        [RequestZoneBooking] = "Request a zone booking (staff approves)",
        [ProposeZoneChange] = "Propose a change to a zone",
        [BookZoneDirectly] = "Book a zone directly",
        [SelfCheckInToZone] = "Check in and move between zones",
        [AssignStudentsToZones] = "Assign students to zones",
        [ApproveZoneBookings] = "Approve zone booking requests and check people in",
        [ManageBookableResources] = "Manage zones and studios, their hours, closures and booking limits",
        [ViewTutorials] = "View tutorials and demos",
        [CommentOnTutorial] = "Rate and comment on tutorials",
        [RequestTutorial] = "Request a tutorial",
        [AuthorTutorial] = "Author and publish tutorials for peers",
        [ManageTutorials] = "Unpublish tutorials, hide comments and answer tutorial requests",
        [ViewMakerspace] = "See tools and design challenges",
        [RequestToolCheckout] = "Request a tool checkout (staff approves)",
        [ProposeMakerProject] = "Propose a project idea or new resource",
        [SelfCheckoutTool] = "Self-checkout tools you are trained on",
        [PostDesignChallenge] = "Post design challenges",
        [ViewMediaLab] = "See studios and their availability",
        [CheckInToMediaLab] = "Check in to your media lab booking",
        [RequestMediaLabBooking] = "Request a media lab booking (staff approves)",
        [BookMediaLab] = "Book the media lab directly",
        [RequestMediaEquipment] = "Request media equipment checkout",
        [ManageMediaLabSchedule] = "Manage the schedule and approve peers' bookings",
        [OpenHelpTicket] = "Open a help ticket, see your tickets, read the FAQ",
        [AnswerTicketAsTeacher] = "Teachers answer help tickets",
        [SuggestFaqEntry] = "Suggest FAQ entries",
        [AnswerPeerTicket] = "Answer peers' shareable help tickets",
        [ManageHelpCenter] = "Merge tickets, hide replies, keep canned replies and the FAQ",
    };

    public static TheoryData<GatedAction> EveryAction() => new(Enum.GetValues<GatedAction>());

    [Theory]
    [MemberData(nameof(EveryAction))]
    public void Each_action_is_named_in_the_products_words(GatedAction action)
    {
        Assert.Equal(Wording[action], StudentAgencyPolicy.RuleFor(action).Description);
    }

    [Fact]
    public void An_allowed_action_is_explained_by_its_name()
    {
        var decision = StudentAgencyPolicy.Decide(TagTitle, Actors.Student, Volume.StudentGenerated);

        Assert.Equal("Allowed: Tag and genrefy titles.", decision.Explanation(LibraryRole.Student));
    }

    [Fact]
    public void A_student_too_early_on_the_slider_is_told_where_the_action_opens_and_where_the_slider_is()
    {
        var decision = StudentAgencyPolicy.Decide(VoteOnBookRequest, Actors.Student, Volume.Cocreated);

        Assert.Equal("\"Vote on book requests\" opens when Collection is turned up to Student-generated. It is Cocreated now.", decision.Explanation(LibraryRole.Student));
    }

    [Fact]
    public void A_student_without_the_designation_is_told_which_one_the_action_needs()
    {
        var decision = StudentAgencyPolicy.Decide(DecideBookRequest, Actors.Student, Volume.StudentGenerated);

        Assert.Equal(
            "\"Decide book requests within the student book budget\" is for students the librarian has named to the Collection selection committee.",
            decision.Explanation(LibraryRole.Student));
    }

    [Fact]
    public void A_teacher_is_told_an_action_is_never_open_to_teachers()
    {
        var decision = StudentAgencyPolicy.Decide(VoteOnBookRequest, Actors.Teacher, Volume.StudentGenerated);

        Assert.Equal("\"Vote on book requests\" is not open to teachers at any volume.", decision.Explanation(LibraryRole.Teacher));
    }

    [Fact]
    public void Deciding_for_nobody_is_a_programming_error()
    {
        Assert.Throws<ArgumentNullException>(() => StudentAgencyPolicy.Decide(BrowseCatalog, null!, Volume.StudentGenerated));
    }
}

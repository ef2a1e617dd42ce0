using static LibraryPersonalization.Domain.Ecosystem.EcosystemElement;
using static LibraryPersonalization.Domain.Ecosystem.GatedAction;
using static LibraryPersonalization.Domain.Ecosystem.Volume;

namespace LibraryPersonalization.Domain.Ecosystem;

/// <summary>
/// The one table that answers "may this person take this action at the current volume?".
/// The ecosystem page renders it and every gated command is checked against it.
/// </summary>
public static class StudentAgencyPolicy
{
    private static Volume? Never => null;

    public static IReadOnlyList<PolicyRule> Rules { get; } =
    [
        new(BrowseCatalog, Collection, "Browse and search the catalog", LibrarianGenerated, LibrarianGenerated),
        new(ReviewTitle, Collection, "Rate titles and write reviews", LibrarianGenerated, LibrarianGenerated),
        new(SubmitBookRequest, Collection, "Suggest a purchase (book request)", Cocreated, LibrarianGenerated),
        new(CommentOnBookRequest, Collection, "Comment on book requests", Cocreated, LibrarianGenerated),
        new(VoteOnBookRequest, Collection, "Vote on book requests", StudentGenerated, Never),
        new(CurateShelf, Collection, "Curate public shelves", StudentGenerated, LibrarianGenerated),
        new(TagTitle, Collection, "Tag and genrefy titles", StudentGenerated, LibrarianGenerated),
        new(PublishReviewWithoutApproval, Collection, "Reviews publish without approval", StudentGenerated, LibrarianGenerated),
        new(DecideBookRequest, Collection, "Decide book requests within the student book budget", StudentGenerated, Never, Designation.SelectionCommittee),
        new(ModerateReviews, Collection, "Approve or reject reviews and check tags", Never, LibrarianGenerated),
        new(ManageBookRequests, Collection, "Move requests through the purchase workflow", Never, Never),

        new(ViewZones, PhysicalSpace, "See learning zones and occupancy", LibrarianGenerated, LibrarianGenerated),
        new(RequestZoneBooking, PhysicalSpace, "Request a zone booking (staff approves)", Cocreated, LibrarianGenerated),
        new(ProposeZoneChange, PhysicalSpace, "Propose a change to a zone", Cocreated, LibrarianGenerated),
        new(BookZoneDirectly, PhysicalSpace, "Book a zone directly", StudentGenerated, LibrarianGenerated),
        new(SelfCheckInToZone, PhysicalSpace, "Check in and move between zones", StudentGenerated, LibrarianGenerated),
        new(AssignStudentsToZones, PhysicalSpace, "Assign students to zones", Never, LibrarianGenerated),
        new(ApproveZoneBookings, PhysicalSpace, "Approve zone booking requests and check people in", Never, LibrarianGenerated),
        new(ManageBookableResources, PhysicalSpace, "Manage zones and studios, their hours, closures and booking limits", Never, Never),

        new(ViewTutorials, TutorialsAndDemos, "View tutorials and demos", LibrarianGenerated, LibrarianGenerated),
        new(CommentOnTutorial, TutorialsAndDemos, "Rate and comment on tutorials", Cocreated, LibrarianGenerated),
        new(RequestTutorial, TutorialsAndDemos, "Request a tutorial", Cocreated, LibrarianGenerated),
        new(AuthorTutorial, TutorialsAndDemos, "Author and publish tutorials for peers", StudentGenerated, LibrarianGenerated),
        new(ManageTutorials, TutorialsAndDemos, "Unpublish tutorials, hide comments and answer tutorial requests", Never, Never),

        new(ViewMakerspace, Makerspace, "See tools and design challenges", LibrarianGenerated, LibrarianGenerated),
        new(RequestToolCheckout, Makerspace, "Request a tool checkout (staff approves)", Cocreated, LibrarianGenerated),
        new(ProposeMakerProject, Makerspace, "Propose a project idea or new resource", Cocreated, LibrarianGenerated),
        new(SelfCheckoutTool, Makerspace, "Self-checkout tools you are trained on", StudentGenerated, LibrarianGenerated),
        new(PostDesignChallenge, Makerspace, "Post design challenges", StudentGenerated, LibrarianGenerated),

        new(ViewMediaLab, MediaLab, "See studios and their availability", LibrarianGenerated, LibrarianGenerated),
        new(CheckInToMediaLab, MediaLab, "Check in to your media lab booking", LibrarianGenerated, LibrarianGenerated),
        new(RequestMediaLabBooking, MediaLab, "Request a media lab booking (staff approves)", LibrarianGenerated, LibrarianGenerated),
        new(BookMediaLab, MediaLab, "Book the media lab directly", Cocreated, LibrarianGenerated),
        new(RequestMediaEquipment, MediaLab, "Request media equipment checkout", Cocreated, LibrarianGenerated),
        new(ManageMediaLabSchedule, MediaLab, "Manage the schedule and approve peers' bookings", StudentGenerated, Never, Designation.Expert),

        new(OpenHelpTicket, HelpCenter, "Open a help ticket, see your tickets, read the FAQ", LibrarianGenerated, LibrarianGenerated),
        new(AnswerTicketAsTeacher, HelpCenter, "Teachers answer help tickets", Never, Cocreated),
        new(SuggestFaqEntry, HelpCenter, "Suggest FAQ entries", Cocreated, LibrarianGenerated),
        new(AnswerPeerTicket, HelpCenter, "Answer peers' shareable help tickets", StudentGenerated, Never),
        new(ManageHelpCenter, HelpCenter, "Merge tickets, hide replies, keep canned replies and the FAQ", Never, Never),
    ];

    private static readonly Dictionary<GatedAction, PolicyRule> RulesByAction = Rules.ToDictionary(rule => rule.Action);

    public static PolicyRule RuleFor(GatedAction action) => RulesByAction[action];

    public static PolicyDecision Decide(GatedAction action, Actor actor, Volume currentVolume)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var rule = RuleFor(action);
        return new PolicyDecision(rule, currentVolume, DenialFor(rule, actor, currentVolume));
    }

    /// <summary>Student actions that open exactly at this stop of the element's slider.</summary>
    public static IEnumerable<PolicyRule> UnlockedForStudentsAt(EcosystemElement element, Volume volume) =>
        Rules.Where(rule => rule.Element == element && rule.StudentsFrom == volume);

    /// <summary>What a role may do in an element at a volume, designations aside.</summary>
    public static IEnumerable<PolicyRule> OpenTo(LibraryRole role, EcosystemElement element, Volume volume) =>
        Rules.Where(rule => rule.Element == element && rule.LowestVolumeFor(role) is { } lowest && lowest <= volume);

    private static DenialReason? DenialFor(PolicyRule rule, Actor actor, Volume currentVolume)
    {
        if (actor.Role == LibraryRole.Librarian)
        {
            return null;
        }

        if (rule.LowestVolumeFor(actor.Role) is not { } lowest)
        {
            return DenialReason.NotForRole;
        }

        if (currentVolume < lowest)
        {
            return DenialReason.VolumeTooLow;
        }

        if (actor.Role == LibraryRole.Student && rule.StudentDesignation is { } designation && !actor.Holds(rule.Element, designation))
        {
            return DenialReason.MissingDesignation;
        }

        return null;
    }
}

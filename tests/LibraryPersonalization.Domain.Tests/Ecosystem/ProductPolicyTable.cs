using LibraryPersonalization.Domain.Ecosystem;
using static LibraryPersonalization.Domain.Ecosystem.Designation;
using static LibraryPersonalization.Domain.Ecosystem.EcosystemElement;
using static LibraryPersonalization.Domain.Ecosystem.GatedAction;

namespace LibraryPersonalization.Domain.Tests.Ecosystem;

/// <summary>
/// The product's volume table, transcribed by hand from the product spec (not from the code),
/// so the tests can catch a rule that drifts from what the product promises.
/// LG = librarian-generated, Co = cocreated, SG = student-generated, null = never.
/// </summary>
public static class ProductPolicyTable
{
    private const Volume LG = Volume.LibrarianGenerated;
    private const Volume Co = Volume.Cocreated;
    private const Volume SG = Volume.StudentGenerated;
    private static Volume? Never => null;

    public sealed record Row(GatedAction Action, EcosystemElement Element, Volume? Students, Volume? Teachers, Designation? Designation = null);

    public static IReadOnlyList<Row> Rows { get; } =
    [
        new(BrowseCatalog, Collection, LG, LG),
        new(ReviewTitle, Collection, LG, LG),
        new(SubmitBookRequest, Collection, Co, LG),
        new(CommentOnBookRequest, Collection, Co, LG),
        new(VoteOnBookRequest, Collection, SG, Never),
        new(CurateShelf, Collection, SG, LG),
        new(TagTitle, Collection, SG, LG),
        new(PublishReviewWithoutApproval, Collection, SG, LG),
        new(DecideBookRequest, Collection, SG, Never, SelectionCommittee),
        new(ModerateReviews, Collection, Never, LG),
        new(ManageBookRequests, Collection, Never, Never),

        new(ViewZones, PhysicalSpace, LG, LG),
        new(RequestZoneBooking, PhysicalSpace, Co, LG),
        new(ProposeZoneChange, PhysicalSpace, Co, LG),
        new(BookZoneDirectly, PhysicalSpace, SG, LG),
        new(SelfCheckInToZone, PhysicalSpace, SG, LG),
        new(AssignStudentsToZones, PhysicalSpace, Never, LG),
        new(ApproveZoneBookings, PhysicalSpace, Never, LG),
        new(ManageBookableResources, PhysicalSpace, Never, Never),

        new(ViewTutorials, TutorialsAndDemos, LG, LG),
        new(CommentOnTutorial, TutorialsAndDemos, Co, LG),
        new(RequestTutorial, TutorialsAndDemos, Co, LG),
        new(AuthorTutorial, TutorialsAndDemos, SG, LG),
        new(ManageTutorials, TutorialsAndDemos, Never, Never),

        new(ViewMakerspace, Makerspace, LG, LG),
        new(RequestToolCheckout, Makerspace, Co, LG),
        new(ProposeMakerProject, Makerspace, Co, LG),
        new(SelfCheckoutTool, Makerspace, SG, LG),
        new(PostDesignChallenge, Makerspace, SG, LG),

        new(ViewMediaLab, MediaLab, LG, LG),
        new(CheckInToMediaLab, MediaLab, LG, LG),
        new(RequestMediaLabBooking, MediaLab, LG, LG),
        new(BookMediaLab, MediaLab, Co, LG),
        new(RequestMediaEquipment, MediaLab, Co, LG),
        new(ManageMediaLabSchedule, MediaLab, SG, Never, Expert),

        new(OpenHelpTicket, HelpCenter, LG, LG),
        new(AnswerTicketAsTeacher, HelpCenter, Never, Co),
        new(SuggestFaqEntry, HelpCenter, Co, LG),
        new(AnswerPeerTicket, HelpCenter, SG, Never),
        new(ManageHelpCenter, HelpCenter, Never, Never),
    ];

    /// <summary>The slider's stops from least to most student agency, spelled out rather than read from the enum.</summary>
    public static IReadOnlyList<Volume> VolumesInOrder { get; } = [LG, Co, SG];

    public static Row For(GatedAction action) => Rows.Single(row => row.Action == action);

    public static bool Reaches(Volume current, Volume? lowest) =>
        lowest is { } stop && Rank(current) >= Rank(stop);

    private static int Rank(Volume volume)
    {
        for (var i = 0; i < VolumesInOrder.Count; i++)
        {
            if (VolumesInOrder[i] == volume)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(volume), volume, "Not a stop on the product's slider.");
    }
}

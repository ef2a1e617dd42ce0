namespace LibraryPersonalization.Domain.Ecosystem;

public enum GatedAction
{
    BrowseCatalog,
    ReviewTitle,
    SubmitBookRequest,
    CommentOnBookRequest,
    VoteOnBookRequest,
    CurateShelf,
    TagTitle,
    PublishReviewWithoutApproval,
    DecideBookRequest,
    ModerateReviews,
    ManageBookRequests,

    ViewZones,
    RequestZoneBooking,
    ProposeZoneChange,
    BookZoneDirectly,
    SelfCheckInToZone,
    AssignStudentsToZones,
    ApproveZoneBookings,
    ManageBookableResources,

    ViewTutorials,
    CommentOnTutorial,
    RequestTutorial,
    AuthorTutorial,
    ManageTutorials,

    ViewMakerspace,
    RequestToolCheckout,
    ProposeMakerProject,
    SelfCheckoutTool,
    PostDesignChallenge,

    ViewMediaLab,
    CheckInToMediaLab,
    RequestMediaLabBooking,
    BookMediaLab,
    RequestMediaEquipment,
    ManageMediaLabSchedule,

    OpenHelpTicket,
    AnswerTicketAsTeacher,
    SuggestFaqEntry,
    AnswerPeerTicket,
    ManageHelpCenter,
}

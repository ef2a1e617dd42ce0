namespace LibraryPersonalization.Domain.Catalog;

/// <summary>
/// submitted → under review → approved → ordered → received, or declined (with a reason) before it is ordered.
/// Withdrawn is reached only when the last requester withdraws, never by a staff move.
/// </summary>
public static class RequestWorkflow
{
    private static readonly Dictionary<RequestStatus, RequestStatus[]> Next = new()
    {
        [RequestStatus.Submitted] = [RequestStatus.UnderReview, RequestStatus.Approved, RequestStatus.Declined],
        [RequestStatus.UnderReview] = [RequestStatus.Approved, RequestStatus.Declined],
        [RequestStatus.Approved] = [RequestStatus.Ordered],
        [RequestStatus.Ordered] = [RequestStatus.Received],
        [RequestStatus.Received] = [],
        [RequestStatus.Declined] = [],
        [RequestStatus.Withdrawn] = [],
    };

    public static IReadOnlyList<RequestStatus> NextStatuses(RequestStatus status) => Next[status];

    public static bool CanMove(RequestStatus from, RequestStatus to) => Next[from].Contains(to);

    /// <summary>Waiting for a decision: counts toward a student's open-request limit and the staff queue.</summary>
    public static bool IsOpen(RequestStatus status) => status is RequestStatus.Submitted or RequestStatus.UnderReview;

    /// <summary>Not yet closed: a new request for the same book merges into this one.</summary>
    public static bool IsActive(RequestStatus status) => status is not (RequestStatus.Received or RequestStatus.Declined or RequestStatus.Withdrawn);

    public static string DisplayName(this RequestStatus status) => status switch
    {
        RequestStatus.UnderReview => "Under review",
        _ => status.ToString(),
    };
}

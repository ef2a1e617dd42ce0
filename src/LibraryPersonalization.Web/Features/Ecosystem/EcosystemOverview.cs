namespace LibraryPersonalization.Web.Features.Ecosystem;

public static class EcosystemOverview
{
    public sealed record Query : IQuery<Result<Model>>, ISignedInRequest;

    public sealed record VolumeStop(Volume Volume, IReadOnlyList<PolicyRule> UnlocksForStudents);

    public sealed record ElementPanel(EcosystemElement Element, Volume Current, IReadOnlyList<VolumeStop> Stops, IReadOnlyList<VolumeChange> Timeline, IReadOnlyList<(string Label, int Count)> Participation);

    public sealed record Model(IReadOnlyList<ElementPanel> Elements);

    public sealed class Handler(LibraryDbContext db, EcosystemVolumes volumes, TimeProvider clock) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var changes = await db.VolumeChanges.AsNoTracking().OrderByDescending(change => change.ChangedAt).Take(200).ToListAsync(cancellationToken);
            var collectionParticipation = await CollectionParticipation(clock.GetUtcNow().AddDays(-30), cancellationToken);

            var panels = new List<ElementPanel>();
            foreach (var element in Enum.GetValues<EcosystemElement>())
            {
                panels.Add(new ElementPanel(
                    element,
                    await volumes.CurrentAsync(element, cancellationToken),
                    Enum.GetValues<Volume>().Select(volume => new VolumeStop(volume, StudentAgencyPolicy.UnlockedForStudentsAt(element, volume).ToList())).ToList(),
                    changes.Where(change => change.Element == element).Take(10).ToList(),
                    element == EcosystemElement.Collection ? collectionParticipation : []));
            }

            return new Model(panels);
        }

        private async Task<IReadOnlyList<(string, int)>> CollectionParticipation(DateTimeOffset since, CancellationToken cancellationToken) =>
        [
            ("reviews written", await db.Reviews.CountAsync(review => review.CreatedAt >= since, cancellationToken)),
            ("purchase requests", await db.BookRequests.CountAsync(request => request.SubmittedAt >= since, cancellationToken)),
            ("comments on requests", await db.RequestComments.CountAsync(comment => comment.CreatedAt >= since, cancellationToken)),
            ("votes on requests", await db.RequestVotes.CountAsync(vote => vote.CastAt >= since, cancellationToken)),
            ("tags added", await db.TitleTags.CountAsync(tag => tag.AddedAt >= since, cancellationToken)),
            ("shelves curated", await db.Shelves.CountAsync(shelf => shelf.CreatedAt >= since, cancellationToken)),
            ("requests decided by the committee", await db.BookRequests.CountAsync(request => request.DecidedByCommittee && request.StatusChangedAt >= since && request.Status != RequestStatus.Submitted, cancellationToken)),
        ];
    }
}

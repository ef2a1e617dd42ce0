using LibraryPersonalization.Web.Infrastructure.Shell;

namespace LibraryPersonalization.Web.Features.Ecosystem;

public static class EcosystemOverview
{
    public sealed record Query : IQuery<Result<Model>>, ISignedInRequest;

    public sealed record VolumeStop(Volume Volume, IReadOnlyList<PolicyRule> UnlocksForStudents);

    public sealed record ElementPanel(
        EcosystemElement Element,
        Volume Current,
        IReadOnlyList<VolumeStop> Stops,
        IReadOnlyList<VolumeChange> Timeline,
        IReadOnlyList<ShellLink> WhatYouCanDo,
        IReadOnlyList<ParticipationFigure> Participation);

    public sealed record Model(IReadOnlyList<ElementPanel> Elements);

    public sealed class Handler(LibraryDbContext db, EcosystemVolumes volumes, ElementShell shell, TimeProvider clock) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var changes = await db.VolumeChanges.AsNoTracking().OrderByDescending(change => change.ChangedAt).Take(200).ToListAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var lastThirtyDays = new DateRange(now.AddDays(-30), now);

            var panels = new List<ElementPanel>();
            foreach (var element in Enum.GetValues<EcosystemElement>())
            {
                panels.Add(new ElementPanel(
                    element,
                    await volumes.CurrentAsync(element, cancellationToken),
                    Enum.GetValues<Volume>().Select(volume => new VolumeStop(volume, StudentAgencyPolicy.UnlockedForStudentsAt(element, volume).ToList())).ToList(),
                    changes.Where(change => change.Element == element).Take(10).ToList(),
                    await shell.ActionLinksAsync(element, cancellationToken),
                    await shell.ParticipationAsync(element, lastThirtyDays, cancellationToken)));
            }

            return new Model(panels);
        }
    }
}

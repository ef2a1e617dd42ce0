using LibraryPersonalization.Web.Infrastructure.Shell;
using Microsoft.Extensions.Caching.Memory;

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

    public sealed class Handler(LibraryDbContext db, EcosystemVolumes volumes, ElementShell shell, TimeProvider clock, IMemoryCache cache) : IQueryHandler<Query, Result<Model>>
    {
        /// <summary>
        /// The figures count a school's month across every slice's tables (about twenty counts on a large school): they are
        /// the same for everyone, so each element's are computed at most once a minute, and a minute late is not visible in a 30-day window.
        /// </summary>
        private static readonly TimeSpan ParticipationLifetime = TimeSpan.FromMinutes(1);

        private static readonly SemaphoreSlim Computing = new(1, 1);

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
                    await ParticipationAsync(element, lastThirtyDays, cancellationToken)));
            }

            return new Model(panels);
        }

        /// <summary>One request computes an element's figures while the others wait for them, not thirty-two at once when they expire.</summary>
        private async Task<IReadOnlyList<ParticipationFigure>> ParticipationAsync(EcosystemElement element, DateRange range, CancellationToken cancellationToken)
        {
            var key = (nameof(EcosystemOverview), element);
            if (cache.TryGetValue(key, out IReadOnlyList<ParticipationFigure>? figures) && figures is not null)
            {
                return figures;
            }

            await Computing.WaitAsync(cancellationToken);
            try
            {
                return await cache.GetOrCreateAsync(key, entry =>
                {
                    entry.AbsoluteExpirationRelativeToNow = ParticipationLifetime;
                    return shell.ParticipationAsync(element, range, cancellationToken);
                }) ?? [];
            }
            finally
            {
                Computing.Release();
            }
        }
    }
}

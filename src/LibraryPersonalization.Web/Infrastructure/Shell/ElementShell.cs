namespace LibraryPersonalization.Web.Infrastructure.Shell;

/// <summary>Collects every slice's contribution for the signed-in person and drops the links the policy refuses them.</summary>
public sealed class ElementShell(IEnumerable<IElementContribution> contributions, CurrentActor currentActor, EcosystemVolumes volumes)
{
    private readonly IReadOnlyList<IElementContribution> contributions = contributions.OrderBy(contribution => contribution.Element).ToList();

    public IReadOnlyList<EcosystemElement> Elements => contributions.Select(contribution => contribution.Element).Distinct().ToList();

    /// <summary>One entry per address: slices may share a page (booking approvals), each offering it under its own permission.</summary>
    public async Task<IReadOnlyList<ShellLink>> NavigationAsync(CancellationToken cancellationToken) =>
        (await CollectAsync(contributions, contribution => AllowedAsync(contribution, contribution.Navigation, cancellationToken))).DistinctBy(link => link.Url).ToList();

    public Task<IReadOnlyList<ShellLink>> ActionLinksAsync(EcosystemElement element, CancellationToken cancellationToken) =>
        CollectAsync(contributions.Where(contribution => contribution.Element == element), contribution => AllowedAsync(contribution, contribution.ActionLinks, cancellationToken));

    public async Task<IReadOnlyList<AttentionItem>> NeedsAttentionAsync(CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync(cancellationToken);
        return await CollectAsync(contributions, contribution => contribution.NeedsAttentionAsync(actor, cancellationToken));
    }

    public Task<IReadOnlyList<ParticipationFigure>> ParticipationAsync(EcosystemElement element, DateRange range, CancellationToken cancellationToken) =>
        CollectAsync(contributions.Where(contribution => contribution.Element == element), contribution => contribution.ParticipationAsync(range, cancellationToken));

    public async Task<IReadOnlyList<PersonalList>> PersonalListsAsync(CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync(cancellationToken);
        return await CollectAsync(contributions, contribution => contribution.PersonalListsAsync(actor, cancellationToken));
    }

    /// <summary>One contribution at a time: they share the request's DbContext, which allows one query at once.</summary>
    private static async Task<IReadOnlyList<T>> CollectAsync<T>(IEnumerable<IElementContribution> from, Func<IElementContribution, Task<IReadOnlyList<T>>> part)
    {
        var all = new List<T>();
        foreach (var contribution in from)
        {
            all.AddRange(await part(contribution));
        }

        return all;
    }

    private async Task<IReadOnlyList<ShellLink>> AllowedAsync(IElementContribution contribution, Func<Actor, Volume, IEnumerable<ShellLink>> links, CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync(cancellationToken);
        var allowed = new List<ShellLink>();
        foreach (var link in links(actor, await volumes.CurrentAsync(contribution.Element, cancellationToken)))
        {
            if ((await volumes.DecideAsync(link.Permission, actor, cancellationToken)).IsAllowed)
            {
                allowed.Add(link);
            }
        }

        return allowed;
    }
}

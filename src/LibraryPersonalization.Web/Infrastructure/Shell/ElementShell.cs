namespace LibraryPersonalization.Web.Infrastructure.Shell;

/// <summary>Collects every slice's contribution for the signed-in person and drops the links the policy refuses them.</summary>
public sealed class ElementShell(IEnumerable<IElementContribution> contributions, CurrentActor currentActor, EcosystemVolumes volumes)
{
    private readonly IReadOnlyList<IElementContribution> contributions = contributions.OrderBy(contribution => contribution.Element).ToList();

    public IReadOnlyList<EcosystemElement> Elements => contributions.Select(contribution => contribution.Element).Distinct().ToList();

    public async Task<IReadOnlyList<ShellLink>> NavigationAsync(CancellationToken cancellationToken)
    {
        var links = new List<ShellLink>();
        foreach (var contribution in contributions)
        {
            links.AddRange(await AllowedAsync(contribution, contribution.Navigation, cancellationToken));
        }

        return links;
    }

    public async Task<IReadOnlyList<ShellLink>> ActionLinksAsync(EcosystemElement element, CancellationToken cancellationToken)
    {
        var links = new List<ShellLink>();
        foreach (var contribution in contributions.Where(contribution => contribution.Element == element))
        {
            links.AddRange(await AllowedAsync(contribution, contribution.ActionLinks, cancellationToken));
        }

        return links;
    }

    public async Task<IReadOnlyList<AttentionItem>> NeedsAttentionAsync(CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync(cancellationToken);
        var items = new List<AttentionItem>();
        foreach (var contribution in contributions)
        {
            items.AddRange(await contribution.NeedsAttentionAsync(actor, cancellationToken));
        }

        return items;
    }

    public async Task<IReadOnlyList<ParticipationFigure>> ParticipationAsync(EcosystemElement element, DateRange range, CancellationToken cancellationToken)
    {
        var figures = new List<ParticipationFigure>();
        foreach (var contribution in contributions.Where(contribution => contribution.Element == element))
        {
            figures.AddRange(await contribution.ParticipationAsync(range, cancellationToken));
        }

        return figures;
    }

    public async Task<IReadOnlyList<PersonalList>> PersonalListsAsync(CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync(cancellationToken);
        var lists = new List<PersonalList>();
        foreach (var contribution in contributions)
        {
            lists.AddRange(await contribution.PersonalListsAsync(actor, cancellationToken));
        }

        return lists;
    }

    private async Task<List<ShellLink>> AllowedAsync(IElementContribution contribution, Func<Actor, Volume, IEnumerable<ShellLink>> links, CancellationToken cancellationToken)
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

namespace LibraryPersonalization.Web.Infrastructure.Shell;

/// <summary>
/// What one slice adds to the shell (home, the ecosystem page, the navigation). A slice registers one in DI;
/// the shell renders every registered contribution and knows no slice by name.
/// </summary>
public interface IElementContribution
{
    EcosystemElement Element { get; }

    /// <summary>Main-menu entries; the shell shows only those whose permission the policy grants the actor.</summary>
    IEnumerable<ShellLink> Navigation(Actor actor, Volume volume);

    /// <summary>Work waiting for this person, such as "3 reviews waiting for approval".</summary>
    Task<IReadOnlyList<AttentionItem>> NeedsAttentionAsync(Actor actor, CancellationToken cancellationToken);

    /// <summary>How much students took part in the element during <paramref name="range"/>, for the ecosystem page.</summary>
    Task<IReadOnlyList<ParticipationFigure>> ParticipationAsync(DateRange range, CancellationToken cancellationToken);

    /// <summary>"What you can do now" lines, each a link to the page where it is done; filtered by the policy like navigation.</summary>
    IEnumerable<ShellLink> ActionLinks(Actor actor, Volume volume);

    /// <summary>The person's own things in this element, listed on home (my requests, my reviews).</summary>
    Task<IReadOnlyList<PersonalList>> PersonalListsAsync(Actor actor, CancellationToken cancellationToken);
}

/// <summary>A link the shell shows only when the policy allows <see cref="Permission"/> to the actor now.</summary>
public sealed record ShellLink(string Text, string Url, GatedAction Permission)
{
    /// <summary>A link worded as the policy table words the action, so the page and the rule read the same.</summary>
    public static ShellLink For(GatedAction action, string url) => new(StudentAgencyPolicy.RuleFor(action).Description, url, action);
}

public sealed record AttentionItem(int Count, string Text, string Url);

public sealed record ParticipationFigure(string Label, int Count);

public sealed record DateRange(DateTimeOffset From, DateTimeOffset To);

public sealed record PersonalList(string Heading, string WhenEmpty, IReadOnlyList<PersonalItem> Items);

public sealed record PersonalItem(string Text, string Url, string Status);

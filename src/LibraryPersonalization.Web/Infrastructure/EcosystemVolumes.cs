namespace LibraryPersonalization.Web.Infrastructure;

/// <summary>Reads the current stop of each element's slider.</summary>
public sealed class EcosystemVolumes(LibraryDbContext db)
{
    public async Task<Volume> CurrentAsync(EcosystemElement element, CancellationToken cancellationToken = default) =>
        await db.ElementVolumes
            .Where(volume => volume.Element == element)
            .Select(volume => (Volume?)volume.Volume)
            .SingleOrDefaultAsync(cancellationToken) ?? Volume.LibrarianGenerated;

    public async Task<PolicyDecision> DecideAsync(GatedAction action, Actor actor, CancellationToken cancellationToken = default)
    {
        var rule = StudentAgencyPolicy.RuleFor(action);
        return StudentAgencyPolicy.Decide(action, actor, await CurrentAsync(rule.Element, cancellationToken));
    }
}

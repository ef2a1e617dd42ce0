namespace LibraryPersonalization.Web.Infrastructure;

/// <summary>Reads the current stop of each element's slider, once per request: a page asks for several controls.</summary>
public sealed class EcosystemVolumes(LibraryDbContext db)
{
    private Dictionary<EcosystemElement, Volume>? volumes;

    public async Task<Volume> CurrentAsync(EcosystemElement element, CancellationToken cancellationToken = default)
    {
        volumes ??= await db.ElementVolumes.AsNoTracking().ToDictionaryAsync(setting => setting.Element, setting => setting.Volume, cancellationToken);
        return volumes.GetValueOrDefault(element, Volume.LibrarianGenerated);
    }

    public async Task<PolicyDecision> DecideAsync(GatedAction action, Actor actor, CancellationToken cancellationToken = default)
    {
        var rule = StudentAgencyPolicy.RuleFor(action);
        return StudentAgencyPolicy.Decide(action, actor, await CurrentAsync(rule.Element, cancellationToken));
    }
}

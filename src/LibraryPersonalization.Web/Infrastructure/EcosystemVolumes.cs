namespace LibraryPersonalization.Web.Infrastructure;

/// <summary>Reads the current stop of each element's slider, once per request: a page asks for several controls.</summary>
public sealed class EcosystemVolumes(LibraryDbContext db)
{
    private static readonly CompiledPerProvider<Func<LibraryDbContext, IAsyncEnumerable<ElementVolume>>> AllVolumes = new(() =>
        EF.CompileAsyncQuery((LibraryDbContext db) => db.ElementVolumes.AsNoTracking()));

    private Dictionary<EcosystemElement, Volume>? volumes;

    public async Task<Volume> CurrentAsync(EcosystemElement element, CancellationToken cancellationToken = default)
    {
        if (volumes is null)
        {
            volumes = [];
            await foreach (var setting in AllVolumes.For(db)(db).WithCancellation(cancellationToken))
            {
                volumes[setting.Element] = setting.Volume;
            }
        }

        return volumes.GetValueOrDefault(element, Volume.LibrarianGenerated);
    }

    public async Task<PolicyDecision> DecideAsync(GatedAction action, Actor actor, CancellationToken cancellationToken = default)
    {
        var rule = StudentAgencyPolicy.RuleFor(action);
        return StudentAgencyPolicy.Decide(action, actor, await CurrentAsync(rule.Element, cancellationToken));
    }
}

namespace LibraryPersonalization.Web.Infrastructure;

/// <summary>Lets a view show a control only when the policy would accept the command behind it.</summary>
public sealed class PolicyView(CurrentActor currentActor, EcosystemVolumes volumes, IHttpContextAccessor httpContextAccessor)
{
    public async Task<bool> AllowsAsync(GatedAction action)
    {
        var cancellationToken = httpContextAccessor.HttpContext?.RequestAborted ?? CancellationToken.None;
        var decision = await volumes.DecideAsync(action, await currentActor.GetAsync(cancellationToken), cancellationToken);
        return decision.IsAllowed;
    }
}

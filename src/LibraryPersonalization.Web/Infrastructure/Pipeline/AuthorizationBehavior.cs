namespace LibraryPersonalization.Web.Infrastructure.Pipeline;

/// <summary>
/// Enforces the request's <see cref="IAccessRule"/> for commands and queries alike, before validation runs, so a
/// refused person learns nothing from validation messages.
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(
    CurrentActor currentActor,
    EcosystemVolumes volumes,
    IServiceProvider services,
    ILogger<AuthorizationBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage, IAccessRule
    where TResponse : IResult<TResponse>
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync(cancellationToken);
        var refusal = message switch
        {
            IGatedRequest gated => await PolicyRefusal(gated.Action, actor, cancellationToken),
            ILibrarianRequest librarianOnly => actor.Role == LibraryRole.Librarian ? null : new Forbidden($"Only librarians may {librarianOnly.Purpose}."),
            IOwnerRequest => await services.GetRequiredService<IOwnershipCheck<TMessage>>().RefusalAsync(message, actor, cancellationToken),
            ISignedInRequest => null,
            _ => throw new InvalidOperationException($"{typeof(TMessage).FullName} declares an access rule the pipeline does not know."),
        };
        if (refusal is null)
        {
            return await next(message, cancellationToken);
        }

        logger.LogWarning("Refused {Message} to {UserId} ({Role}): {Refusal}", typeof(TMessage).FullName, actor.UserId, actor.Role, refusal.Message);
        return TResponse.Fail(refusal);
    }

    private async Task<Failure?> PolicyRefusal(GatedAction action, Actor actor, CancellationToken cancellationToken)
    {
        var decision = await volumes.DecideAsync(action, actor, cancellationToken);
        return decision.IsAllowed ? null : Forbidden.By(decision, actor.Role);
    }
}

namespace LibraryPersonalization.Web.Infrastructure.Pipeline;

/// <summary>Asks the volume policy whether the signed-in person may take the command's action now.</summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(
    CurrentActor currentActor,
    EcosystemVolumes volumes,
    ILogger<AuthorizationBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : ICommand<TResponse>, IGatedCommand
    where TResponse : IResult<TResponse>
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync(cancellationToken);
        var decision = await volumes.DecideAsync(message.Action, actor, cancellationToken);
        if (decision.IsAllowed)
        {
            return await next(message, cancellationToken);
        }

        logger.LogWarning("Policy refused {Action} to {UserId} ({Role}) at {Volume}: {Denial}", message.Action, actor.UserId, actor.Role, decision.CurrentVolume, decision.Denial);
        return TResponse.Fail(Forbidden.By(decision, actor.Role));
    }
}

/// <summary>Refuses librarian-only commands to everyone else.</summary>
public sealed class LibrarianOnlyBehavior<TMessage, TResponse>(CurrentActor currentActor)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : ICommand<TResponse>, ILibrarianCommand
    where TResponse : IResult<TResponse>
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync(cancellationToken);
        return actor.Role == LibraryRole.Librarian
            ? await next(message, cancellationToken)
            : TResponse.Fail(new Forbidden($"Only librarians may {message.Purpose}."));
    }
}

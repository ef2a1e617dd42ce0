using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using LibraryPersonalization.Domain.Auditing;

namespace LibraryPersonalization.Web.Infrastructure.Pipeline;

/// <summary>
/// Runs a command in one transaction inside EF's execution strategy, saves what the handler changed only when it
/// succeeded, audit-logs staff changes in the same transaction, and turns lost races into <see cref="Conflict"/>.
/// Transient errors reach the strategy, which runs the command again; a command sent from inside another one joins its transaction.
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(
    LibraryDbContext db,
    CurrentActor currentActor,
    TimeProvider clock,
    ILogger<TransactionBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : ICommand<TResponse>
    where TResponse : IResult<TResponse>
{
    private static readonly JsonSerializerOptions AuditJson = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private const string LostRace = "Someone else changed this at the same moment. Nothing was saved: please check the page and try again.";

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        db.Database.CurrentTransaction is not null
            ? JoinOuterCommand(message, next, cancellationToken)
            : new(db.Database.CreateExecutionStrategy().ExecuteAsync(
                (message, next),
                async (_, state, token) => await RunInTransaction(state.message, state.next, token),
                verifySucceeded: null,
                cancellationToken));

    /// <summary>The outer command saves and commits this one's changes, its audit entry included, or none of them.</summary>
    private async ValueTask<TResponse> JoinOuterCommand(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        if (response.Failure is null)
        {
            await AuditIfStaff(message, cancellationToken);
        }

        return response;
    }

    private async Task<TResponse> RunInTransaction(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var response = await next(message, cancellationToken);
            if (response.Failure is not null)
            {
                db.ChangeTracker.Clear();
                return response;
            }

            await AuditIfStaff(message, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return response;
        }
        catch (DbUpdateException exception) when (exception.IsLostRace())
        {
            logger.LogWarning(exception, "{Message} lost a race and was rolled back", typeof(TMessage).Name);
            db.ChangeTracker.Clear();
            return TResponse.Fail(new Conflict(LostRace));
        }
    }

    private async Task AuditIfStaff(TMessage message, CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync(cancellationToken);
        if (!actor.IsStaff)
        {
            return;
        }

        var details = JsonSerializer.Serialize(message, message.GetType(), AuditJson);
        db.AuditEntries.Add(new AuditEntry
        {
            ActorId = actor.UserId,
            ActorName = actor.DisplayName,
            Action = AuditNames.For(message.GetType()),
            Details = details.Length > 4000 ? details[..4000] : details,
            At = clock.GetUtcNow(),
        });
    }
}

internal static class AuditNames
{
    /// <summary>"Collection.SubmitBookRequest" for the nested Command of Features/Collection/SubmitBookRequest.</summary>
    public static string For(Type commandType)
    {
        var useCase = commandType.DeclaringType ?? commandType;
        var feature = useCase.Namespace?.Split('.').LastOrDefault();
        return $"{feature}.{useCase.Name}";
    }
}

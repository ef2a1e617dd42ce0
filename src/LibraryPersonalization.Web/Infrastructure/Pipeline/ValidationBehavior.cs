namespace LibraryPersonalization.Web.Infrastructure.Pipeline;

/// <summary>Runs the command's FluentValidation validators; failures come back as <see cref="Invalid"/>.</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : ICommand<TResponse>
    where TResponse : IResult<TResponse>
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            errors.AddRange(result.Errors.Select(error => new FieldError(error.PropertyName, error.ErrorMessage)));
        }

        return errors.Count == 0 ? await next(message, cancellationToken) : TResponse.Fail(new Invalid(errors));
    }
}

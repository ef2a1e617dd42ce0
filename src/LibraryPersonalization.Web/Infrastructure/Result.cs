namespace LibraryPersonalization.Web.Infrastructure;

/// <summary>What a command's handler returns: a value, or an expected failure the page can show.</summary>
public interface IOutcome
{
    Failure? Failure { get; }
}

public interface IResult<TSelf> : IOutcome
    where TSelf : IResult<TSelf>
{
    static abstract TSelf Fail(Failure failure);
}

public sealed class Result<T> : IResult<Result<T>>
{
    private Result(T? value, Failure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }

    public Failure? Failure { get; }

    public bool Succeeded => Failure is null;

    public static Result<T> Ok(T value) => new(value, null);

    public static Result<T> Fail(Failure failure) => new(default, failure);

    public static implicit operator Result<T>(T value) => Ok(value);

    public static implicit operator Result<T>(Failure failure) => Fail(failure);
}

public static class Result
{
    public static Result<Unit> Ok() => Result<Unit>.Ok(Unit.Value);
}

public abstract record Failure(string Message);

public sealed record FieldError(string Field, string Message);

public sealed record Invalid(IReadOnlyList<FieldError> Errors) : Failure("Please correct the highlighted fields.")
{
    public Invalid(string field, string message)
        : this([new FieldError(field, message)])
    {
    }
}

/// <summary>The actor may not do this now; <see cref="OpensAt"/> names the volume that would allow it, if any.</summary>
public sealed record Forbidden(string Message, EcosystemElement? Element = null, Volume? OpensAt = null) : Failure(Message)
{
    public static Forbidden By(PolicyDecision decision, LibraryRole role)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var opensAt = decision.Denial == DenialReason.VolumeTooLow ? decision.Rule.LowestVolumeFor(role) : null;
        return new(decision.Explanation(role), decision.Rule.Element, opensAt);
    }
}

public sealed record NotFound(string Message) : Failure(Message);

public sealed record Conflict(string Message) : Failure(Message);

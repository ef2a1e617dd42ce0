namespace LibraryPersonalization.Web.Infrastructure;

/// <summary>
/// Who may send a mediator request. Every request implements exactly one rule below; the authorization behavior
/// enforces it before validation, and a test fails the build for a request that declares none.
/// </summary>
public interface IAccessRule
{
}

/// <summary>Gated by a row of the volume policy: librarians always, others when the element's volume allows.</summary>
public interface IGatedRequest : IAccessRule
{
    GatedAction Action { get; }
}

/// <summary>Only librarians (accounts, settings, the ecosystem sliders): what teachers may do is in the policy table.</summary>
public interface ILibrarianRequest : IAccessRule
{
    string Purpose { get; }
}

/// <summary>Only the person the resource belongs to: the request's <see cref="IOwnershipCheck{TRequest}"/> answers.</summary>
public interface IOwnerRequest : IAccessRule
{
}

/// <summary>Any signed-in person; the handler only ever reads or changes what is the actor's own or public.</summary>
public interface ISignedInRequest : IAccessRule
{
}

/// <summary>Decides whether the resource an <see cref="IOwnerRequest"/> names belongs to the actor.</summary>
public interface IOwnershipCheck<in TRequest>
{
    /// <summary>Null when the actor owns the resource; otherwise why not (<see cref="NotFound"/> or <see cref="Forbidden"/>).</summary>
    ValueTask<Failure?> RefusalAsync(TRequest request, Actor actor, CancellationToken cancellationToken);
}

public static class OwnershipCheckRegistration
{
    /// <summary>Registers every <see cref="IOwnershipCheck{TRequest}"/> a slice declares, so owner-only requests need no registration line.</summary>
    public static IServiceCollection AddOwnershipChecks(this IServiceCollection services)
    {
        var checks = typeof(OwnershipCheckRegistration).Assembly.GetTypes()
            .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(type => type.GetInterfaces()
                .Where(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IOwnershipCheck<>))
                .Select(contract => (contract, type)));
        foreach (var (contract, implementation) in checks)
        {
            services.AddScoped(contract, implementation);
        }

        return services;
    }
}

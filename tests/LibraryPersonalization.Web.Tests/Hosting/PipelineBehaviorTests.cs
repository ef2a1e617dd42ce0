using LibraryPersonalization.Web.Features.Collection;
using LibraryPersonalization.Web.Features.Ecosystem;
using LibraryPersonalization.Web.Infrastructure;
using LibraryPersonalization.Web.Infrastructure.Pipeline;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LibraryPersonalization.Web.Tests.Hosting;

/// <summary>What the pipeline tells an operator about each message, and how it treats a request whose rule it does not know.</summary>
public class PipelineBehaviorTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    [Fact]
    public async Task Each_message_is_logged_once_with_its_type_and_success()
    {
        var logger = new RecordingLogger<LoggingBehavior<VoteOnRequest.Command, Result<Unit>>>();
        var logging = new LoggingBehavior<VoteOnRequest.Command, Result<Unit>>(logger);

        await logging.Handle(new VoteOnRequest.Command(1), (_, _) => new(Result.Ok()), CancellationToken.None);

        var handled = Assert.Single(logger.Events);
        Assert.Equal(LogLevel.Information, handled.Level);
        Assert.Equal(typeof(VoteOnRequest.Command).FullName, handled.Properties["Message"]);
        Assert.Equal("Success", handled.Properties["Outcome"]);
        Assert.IsType<double>(handled.Properties["ElapsedMs"]);
    }

    [Fact]
    public async Task A_failed_message_is_logged_with_the_kind_of_failure()
    {
        var logger = new RecordingLogger<LoggingBehavior<VoteOnRequest.Command, Result<Unit>>>();
        var logging = new LoggingBehavior<VoteOnRequest.Command, Result<Unit>>(logger);

        var response = await logging.Handle(new VoteOnRequest.Command(1), (_, _) => new(new Conflict("You have already voted for this request.")), CancellationToken.None);

        Assert.IsType<Conflict>(response.Failure);
        Assert.Equal("Conflict", Assert.Single(logger.Events).Properties["Outcome"]);
    }

    [Fact]
    public async Task A_refused_teacher_is_logged_as_a_warning_with_who_they_are_and_why_and_the_command_never_runs()
    {
        var teacherId = await app.UserIdAsync(LibraryAppFactory.Teacher);
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = await scope.ServiceProvider.SignedInContextAsync(LibraryAppFactory.Teacher);
        var logger = new RecordingLogger<AuthorizationBehavior<ChangeVolume.Command, Result<Unit>>>();
        var authorization = ActivatorUtilities.CreateInstance<AuthorizationBehavior<ChangeVolume.Command, Result<Unit>>>(scope.ServiceProvider, logger);
        var ran = false;

        var refused = await authorization.Handle(new ChangeVolume.Command(EcosystemElement.Collection, Volume.StudentGenerated, null), (_, _) =>
        {
            ran = true;
            return new(Result.Ok());
        }, CancellationToken.None);

        Assert.False(ran);
        var forbidden = Assert.IsType<Forbidden>(refused.Failure);
        Assert.Equal("Only librarians may change how much students lead each part of the library.", forbidden.Message);
        var warning = Assert.Single(logger.Events);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Equal(typeof(ChangeVolume.Command).FullName, warning.Properties["Message"]);
        Assert.Equal(teacherId, warning.Properties["UserId"]);
        Assert.Equal(LibraryRole.Teacher, warning.Properties["Role"]);
        Assert.Equal(forbidden.Message, warning.Properties["Refusal"]);
    }

    [Fact]
    public async Task A_request_whose_access_rule_the_pipeline_does_not_know_is_stopped_not_let_through()
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = await scope.ServiceProvider.SignedInContextAsync(LibraryAppFactory.Librarian);
        var authorization = ActivatorUtilities.CreateInstance<AuthorizationBehavior<UnknownRuleRequest, Result<Unit>>>(scope.ServiceProvider);
        var ran = false;

        var stopped = await Assert.ThrowsAsync<InvalidOperationException>(async () => await authorization.Handle(new UnknownRuleRequest(), (_, _) =>
        {
            ran = true;
            return new(Result.Ok());
        }, CancellationToken.None));

        Assert.False(ran);
        Assert.Equal($"{typeof(UnknownRuleRequest).FullName} declares an access rule the pipeline does not know.", stopped.Message);
    }

    /// <summary>A request declaring a rule of a kind added later without teaching the authorization behavior about it.</summary>
    public sealed record UnknownRuleRequest : IMessage, INewKindOfRule;

    public interface INewKindOfRule : IAccessRule;
}

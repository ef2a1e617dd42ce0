using LibraryPersonalization.Data;
using LibraryPersonalization.Web.Infrastructure;
using LibraryPersonalization.Web.Infrastructure.Pipeline;
using LibraryPersonalization.Web.Features.Collection;
using LibraryPersonalization.Web.Tests.Authorization;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LibraryPersonalization.Web.Tests.Concurrency;

/// <summary>How a command's transaction meets another command and a database that fails for a moment.</summary>
public abstract class TransactionTests(LibraryAppFactory app)
{
    protected LibraryAppFactory App => app;

    [Fact]
    public async Task A_command_sent_from_inside_another_joins_its_transaction_and_is_undone_with_it()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        var kept = await CollectionArrange.FreshRequestAsync(app);
        var undone = await CollectionArrange.FreshRequestAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = await SignedInContextAsync(services, LibraryAppFactory.Student);
        var sender = services.GetRequiredService<ISender>();
        var outer = ActivatorUtilities.CreateInstance<TransactionBehavior<VoteOnRequest.Command, Result<Unit>>>(services);

        var committed = await outer.Handle(new VoteOnRequest.Command(kept), async (command, token) => await sender.Send(command, token), CancellationToken.None);
        var refused = await outer.Handle(new VoteOnRequest.Command(undone), async (command, token) =>
        {
            var inner = await sender.Send(command, token);
            Assert.True(inner.Succeeded, $"The inner vote failed: {inner.Failure}");
            return new Conflict("The outer command changed its mind.");
        }, CancellationToken.None);

        Assert.True(committed.Succeeded, $"The vote sent inside a command failed: {committed.Failure}");
        Assert.IsType<Conflict>(refused.Failure);
        Assert.Equal(1, await app.WithDbAsync(db => db.RequestVotes.CountAsync(vote => vote.RequestId == kept)));
        Assert.Equal(0, await app.WithDbAsync(db => db.RequestVotes.CountAsync(vote => vote.RequestId == undone)));
    }

    /// <summary>What one of <paramref name="email"/>'s requests carries, so commands run as that person.</summary>
    private static async Task<HttpContext> SignedInContextAsync(IServiceProvider services, string email)
    {
        var user = await services.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
        var principal = await services.GetRequiredService<SignInManager<ApplicationUser>>().CreateUserPrincipalAsync(user!);
        return new DefaultHttpContext { User = principal, RequestServices = services };
    }
}

public sealed class SqliteTransactionTests(LibraryAppFactory app) : TransactionTests(app), IClassFixture<LibraryAppFactory>;

[Collection(PostgresSuite.Name)]
public sealed class PostgreSqlTransactionTests(PostgresAppFactory app) : TransactionTests(app), IClassFixture<PostgresAppFactory>
{
    [Fact]
    public async Task A_vote_that_meets_a_serialization_failure_while_saving_is_retried_and_counted()
    {
        await App.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        var requestId = await CollectionArrange.FreshRequestAsync(App);
        var failure = new FailOnce("INSERT INTO \"RequestVotes\"", () => new PostgresException(
            "could not serialize access due to concurrent update (injected by the test)", "ERROR", "ERROR", PostgresErrorCodes.SerializationFailure));
        await using var failingApp = App.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<LibraryDbContext>(options => options.AddInterceptors(failure))));
        using var student = new TestBrowser(failingApp.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        Assert.Equal(HttpStatusCode.Redirect, (await student.LoginAsync(LibraryAppFactory.Student)).StatusCode);

        var voted = await student.SubmitAsync($"/requests/{requestId}", "Vote for this book");

        Assert.True(failure.Fired, "The serialization failure was never injected, so this test proved nothing");
        Assert.Equal(HttpStatusCode.Redirect, voted.StatusCode);
        var page = WebUtility.HtmlDecode(await student.GetPageAsync(CollectionArrange.PathOf(voted)!));
        Assert.Contains("Your vote is counted.", page, StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.RequestVotes.CountAsync(vote => vote.RequestId == requestId)));
    }
}

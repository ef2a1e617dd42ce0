using LibraryPersonalization.Data;
using LibraryPersonalization.Web.Infrastructure;
using LibraryPersonalization.Web.Infrastructure.Pipeline;
using LibraryPersonalization.Web.Features.Collection;
using LibraryPersonalization.Web.Tests.Authorization;
using Mediator;
using Microsoft.AspNetCore.Http;
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
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = await scope.ServiceProvider.SignedInContextAsync(LibraryAppFactory.Student);
        var services = scope.ServiceProvider;
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

    [Fact]
    public async Task A_librarians_commands_sent_from_inside_another_are_audited_when_they_succeed_and_not_when_they_fail()
    {
        var outerReason = CollectionArrange.Unique("Outer reason ");
        var innerReason = CollectionArrange.Unique("Inner reason ");
        var refusalsBefore = await AuditsAsync("Collection.SetDeclineReasonActive");
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = await scope.ServiceProvider.SignedInContextAsync(LibraryAppFactory.Librarian);
        var services = scope.ServiceProvider;
        var sender = services.GetRequiredService<ISender>();
        var outer = ActivatorUtilities.CreateInstance<TransactionBehavior<AddDeclineReason.Command, Result<Unit>>>(services);
        var handler = ActivatorUtilities.CreateInstance<AddDeclineReason.Handler>(services);

        var done = await outer.Handle(new AddDeclineReason.Command(outerReason), async (command, token) =>
        {
            Assert.True((await sender.Send(new AddDeclineReason.Command(innerReason), token)).Succeeded);
            Assert.IsType<NotFound>((await sender.Send(new SetDeclineReasonActive.Command(0, Active: false), token)).Failure);
            return await handler.Handle(command, token);
        }, CancellationToken.None);

        Assert.True(done.Succeeded, $"The outer command failed: {done.Failure}");
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(entry => entry.Action == "Collection.AddDeclineReason" && entry.Details.Contains(innerReason))));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(entry => entry.Action == "Collection.AddDeclineReason" && entry.Details.Contains(outerReason))));
        Assert.Equal(refusalsBefore, await AuditsAsync("Collection.SetDeclineReasonActive"));
    }

    [Fact]
    public async Task A_vote_whose_twin_from_another_tab_committed_first_is_rolled_back_told_as_a_lost_race_and_logged()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.StudentGenerated);
        var requestId = await CollectionArrange.FreshRequestAsync(app);
        var studentId = await app.UserIdAsync(LibraryAppFactory.Student);
        await app.WithDbAsync(db =>
        {
            db.RequestVotes.Add(new RequestVote { RequestId = requestId, VoterId = studentId, CastAt = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = await scope.ServiceProvider.SignedInContextAsync(LibraryAppFactory.Student);
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<LibraryDbContext>();
        var logger = new RecordingLogger<TransactionBehavior<VoteOnRequest.Command, Result<Unit>>>();
        var transaction = ActivatorUtilities.CreateInstance<TransactionBehavior<VoteOnRequest.Command, Result<Unit>>>(services, logger);

        // The handler's "already voted?" check ran just before the other tab's vote committed, so it adds a second one.
        var raced = await transaction.Handle(new VoteOnRequest.Command(requestId), (_, _) =>
        {
            db.RequestVotes.Add(new RequestVote { RequestId = requestId, VoterId = studentId, CastAt = DateTimeOffset.UtcNow });
            return new(Result.Ok());
        }, CancellationToken.None);

        var conflict = Assert.IsType<Conflict>(raced.Failure);
        Assert.Equal("Someone else changed this at the same moment. Nothing was saved: please check the page and try again.", conflict.Message);
        Assert.Equal(1, await app.WithDbAsync(db => db.RequestVotes.CountAsync(vote => vote.RequestId == requestId)));
        var warning = Assert.Single(logger.Events);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, warning.Level);
        Assert.IsAssignableFrom<DbUpdateException>(warning.Exception);
        Assert.Equal(nameof(VoteOnRequest.Command), warning.Properties["Message"]);
    }

    private Task<int> AuditsAsync(string action) => app.WithDbAsync(db => db.AuditEntries.CountAsync(entry => entry.Action == action));

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

using LibraryPersonalization.Web.Features.Collection;
using LibraryPersonalization.Web.Infrastructure;
using LibraryPersonalization.Web.Infrastructure.Pipeline;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryPersonalization.Web.Tests.Authorization;

/// <summary>Every mediator request says who may send it, and the pipeline the app really runs enforces that rule.</summary>
public class AccessRuleTests(LibraryAppFactory app) : IClassFixture<LibraryAppFactory>
{
    private static readonly Type[] Rules = [typeof(IGatedRequest), typeof(ILibrarianRequest), typeof(IOwnerRequest), typeof(ISignedInRequest)];

    [Fact]
    public void Every_request_declares_one_rule_that_the_pipeline_enforces()
    {
        var requests = typeof(FeatureController).Assembly.GetTypes()
            .Where(type => type is { IsAbstract: false, IsInterface: false } && typeof(IMessage).IsAssignableFrom(type))
            .ToList();
        Assert.Contains(typeof(SubmitBookRequest.Command), requests);
        Assert.Contains(typeof(PendingModeration.Query), requests);

        using var scope = app.Services.CreateScope();
        var problems = requests.SelectMany(request => ProblemsWith(request, scope.ServiceProvider)).ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static IEnumerable<string> ProblemsWith(Type request, IServiceProvider services)
    {
        var declared = Rules.Where(rule => rule.IsAssignableFrom(request)).ToList();
        if (declared.Count != 1)
        {
            yield return $"{request.FullName} declares {declared.Count} access rules ({string.Join(", ", declared.Select(rule => rule.Name))}); it needs exactly one of {string.Join(", ", Rules.Select(rule => rule.Name))}.";
            yield break;
        }

        var response = request.GetInterfaces()
            .Single(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() is var definition && (definition == typeof(ICommand<>) || definition == typeof(IQuery<>)))
            .GetGenericArguments()[0];
        var behaviors = (IEnumerable<object>)services.GetRequiredService(typeof(IEnumerable<>).MakeGenericType(typeof(IPipelineBehavior<,>).MakeGenericType(request, response)));
        if (!behaviors.Any(behavior => behavior.GetType().IsGenericType && behavior.GetType().GetGenericTypeDefinition() == typeof(AuthorizationBehavior<,>)))
        {
            yield return $"{request.FullName} returns {response.Name}: the authorization behavior cannot refuse it (return a Result<T>).";
        }

        if (declared[0] == typeof(IOwnerRequest) && services.GetService(typeof(IOwnershipCheck<>).MakeGenericType(request)) is null)
        {
            yield return $"{request.FullName} is owner-only but has no IOwnershipCheck<{request.Name}> to say who owns it.";
        }
    }

    [Fact]
    public async Task A_refused_student_posting_invalid_input_is_told_the_volume_not_the_validation_errors()
    {
        await app.SetVolumeAsync(EcosystemElement.Collection, Volume.LibrarianGenerated);
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var response = await student.ForgePostAsync("/requests", "/requests/new", new() { ["Title"] = " ", ["Author"] = "", ["Isbn"] = "12", ["Reason"] = "" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("opens when Collection is turned up to Cocreated", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Enter the book's title.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("An ISBN has 10 or 13 digits", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_student_opening_the_moderation_queue_is_told_by_the_policy_table_why_not()
    {
        using var student = await TestBrowser.SignedInAsync(app, LibraryAppFactory.Student);

        var response = await student.GetAsync("/moderation");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("is not open to students at any volume", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}

using System.Text;
using LibraryPersonalization.Domain.HelpDesk;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LibraryPersonalization.Web.Tests.Hosting;

/// <summary>The app on a real Kestrel, which (unlike the in-memory test server) drains requests when the host stops.</summary>
public sealed class KestrelAppFactory : LibraryAppFactory
{
    public KestrelAppFactory() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>Starts Kestrel and signs a person in through the port it chose.</summary>
    public async Task<TestBrowser> StartAndSignInAsync(string email)
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel did not report its addresses.");
        // A plain client over the network: it must not follow redirects, since the stopped site answers no second request.
#pragma warning disable CA2000 // The browser owns and disposes the handler with its client.
        var browser = new TestBrowser(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new UriBuilder(addresses.Addresses.Single()) { Host = "localhost" }.Uri });
#pragma warning restore CA2000
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync(email)).StatusCode);
        return browser;
    }
}

/// <summary>A deploy or restart stops the site while a student is sending a form: the write they started still lands.</summary>
public class GracefulShutdownTests
{
    [Fact]
    public async Task A_form_still_arriving_when_the_site_is_told_to_stop_is_saved_and_answered()
    {
        using var app = new KestrelAppFactory();
        using var student = await app.StartAndSignInAsync(LibraryAppFactory.Student);
        var form = (await student.OpenFormAsync("/help/ask", "Send my question"))
            .Fill(new Dictionary<string, string> { ["Subject"] = "Asked during a restart", ["Your question"] = "Will this question survive the restart?" });
        var body = Encoding.UTF8.GetBytes(string.Join('&', form.Fields.Select(field => $"{Uri.EscapeDataString(field.Key)}={Uri.EscapeDataString(field.Value)}")));
        var firstHalfSent = new TaskCompletionSource();
        var sendTheRest = new TaskCompletionSource();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(form.Action, UriKind.Relative)) { Content = new TrickledContent(body, firstHalfSent, sendTheRest.Task) };

        var answer = student.Client.SendAsync(request);
        await firstHalfSent.Task;
        await Task.Delay(200);
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        lifetime.StopApplication();
        Assert.True(lifetime.ApplicationStopping.IsCancellationRequested);
        sendTheRest.SetResult();
        using var response = await answer;

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await app.WithDbAfterStopAsync(db => db.Set<HelpTicket>().CountAsync(ticket => ticket.Subject == "Asked during a restart")));
    }

    /// <summary>A form body sent in two halves, the second only when the test says so.</summary>
    private sealed class TrickledContent : HttpContent
    {
        private readonly byte[] body;
        private readonly TaskCompletionSource firstHalfSent;
        private readonly Task sendTheRest;

        public TrickledContent(byte[] body, TaskCompletionSource firstHalfSent, Task sendTheRest)
        {
            (this.body, this.firstHalfSent, this.sendTheRest) = (body, firstHalfSent, sendTheRest);
            Headers.ContentType = new("application/x-www-form-urlencoded");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var half = body.Length / 2;
            await stream.WriteAsync(body.AsMemory(0, half));
            await stream.FlushAsync();
            firstHalfSent.SetResult();
            await sendTheRest;
            await stream.WriteAsync(body.AsMemory(half));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = body.Length;
            return true;
        }
    }
}

using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace LibraryPersonalization.Browser.Tests.Infrastructure;

/// <summary>One running app and one headless Chromium for a test class; each test opens its own fresh contexts.</summary>
public sealed class LibraryBrowserFixture : IAsyncLifetime
{
    public const string Password = "Library-Demo-2026";
    public const string Librarian = "librarian@school.test";
    public const string Teacher = "teacher.okafor@school.test";
    public const string Student = "maya@school.test";
    public const string OtherStudent = "jonah@school.test";

    /// <summary>Debian's Chromium: Playwright's own browser download cannot work here.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly ConcurrentDictionary<string, string> signedInStates = new(StringComparer.OrdinalIgnoreCase);
    private IPlaywright? playwright;
    private IBrowser? browser;

    public LibraryServer App { get; } = new();

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        App.Start();
        Assertions.SetDefaultExpectTimeout(10_000);
        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh context (own cookies and storage) that resolves relative URLs against the app.</summary>
    public async Task<IBrowserContext> NewContextAsync(string? storageState = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.RootUri.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "en-US",
            StorageState = storageState,
        });
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(15_000);
        return context;
    }

    /// <summary>A fresh context already signed in as <paramref name="email"/>: signs in through the login page once per person, then reuses the cookies.</summary>
    public async Task<IBrowserContext> NewSignedInContextAsync(string email)
    {
        if (signedInStates.TryGetValue(email, out var state))
        {
            return await NewContextAsync(state);
        }

        var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(email);
        await page.CloseAsync();
        signedInStates[email] = await context.StorageStateAsync();
        return context;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await App.DisposeAsync();
    }
}

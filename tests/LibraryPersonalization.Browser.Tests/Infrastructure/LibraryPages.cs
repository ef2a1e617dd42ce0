using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LibraryPersonalization.Browser.Tests.Infrastructure;

/// <summary>What a person does with the site's chrome: sign in and out.</summary>
public static class LibraryPages
{
    public static async Task SignInAsync(this IPage page, string email, string password = LibraryBrowserFixture.Password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("School email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }

    public static async Task SignOutAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to the school library" })).ToBeVisibleAsync();
    }

    /// <summary>The success message the site flashes after a change.</summary>
    public static ILocator Flash(this IPage page) => page.GetByRole(AriaRole.Status);

    /// <summary>Moves one element's volume slider on /ecosystem, as the librarian does.</summary>
    public static async Task SetVolumeOnEcosystemPageAsync(this IPage page, string element, string volume, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/ecosystem");
        var panel = page.GetByRole(AriaRole.Region, new() { Name = element, Exact = true });
        await panel.GetByRole(AriaRole.Group, new() { Name = $"Set the volume of {element}" })
            .GetByRole(AriaRole.Radio, new() { Name = volume, Exact = true }).CheckAsync();
        if (reason is not null)
        {
            await panel.GetByLabel("Reason for the change").FillAsync(reason);
        }

        await panel.GetByRole(AriaRole.Button, new() { Name = $"Save {element} volume" }).ClickAsync();
        await Expect(page.Flash()).ToHaveTextAsync($"{element} is now {volume}.");
    }
}

namespace LibraryPersonalization.Browser.Tests.Infrastructure;

/// <summary>The browser classes run one after another: each starts its own app and Chromium, and the machine has two cores.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserSuite
{
    public const string Name = "Browser";
}

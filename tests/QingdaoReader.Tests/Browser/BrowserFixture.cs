using Microsoft.Playwright;
using QingdaoReader.Building;
using QingdaoReader.Chinese;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Browser;

/// <summary>
/// The project's own site (<see cref="ProjectSite.Root"/>, built once per run) served on 127.0.0.1, and one headless Debian Chromium
/// shared by the browser tests of a collection. Each test opens its own browser context (fresh localStorage).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    public const string ReadingPath = "/readings/shandong-inspection-qingdao/";

    private StaticFileServer? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string Origin => _server!.Origin;
    public string SiteDir => ProjectSite.Root.Output;
    public static string ScreenshotDir { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (BrowserAvailability.Check(File.Exists(Chromium), Environment.GetEnvironmentVariable("CI")) is { } missing)
        {
            if (missing.Fail) throw new InvalidOperationException(missing.Reason);
            return; // every test is skipped by BrowserFact, saying why
        }
        _server = new StaticFileServer(ProjectSite.Root.Output);
        Directory.CreateDirectory(ScreenshotDir);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh context and page that records console errors, page errors and any request leaving the site.</summary>
    public async Task<Visit> OpenAsync(int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light, string? initScript = null)
    {
        var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height }, ColorScheme = scheme, AcceptDownloads = true,
            HasTouch = width < 600, IsMobile = false,
        });
        if (initScript is not null) await context.AddInitScriptAsync(initScript);
        var visit = new Visit(this, context, await context.NewPageAsync());
        return visit;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        _server?.Dispose();
    }
}

/// <summary>One browser context with its page and what it saw.</summary>
public sealed class Visit : IAsyncDisposable
{
    private readonly BrowserFixture _fixture;

    public Visit(BrowserFixture fixture, IBrowserContext context, IPage page)
    {
        _fixture = fixture;
        Context = context;
        Page = page;
        page.Console += (_, m) => { if (m.Type == "error") Errors.Add($"console: {m.Text} at {m.Location}"); };
        page.PageError += (_, e) => Errors.Add("page error: " + e);
        page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(fixture.Origin + "/", StringComparison.Ordinal) && !r.Url.StartsWith("blob:", StringComparison.Ordinal)
                && !r.Url.StartsWith("data:", StringComparison.Ordinal))
                ForeignRequests.Add(r.Url);
        };
    }

    public IBrowserContext Context { get; }
    public IPage Page { get; }
    public List<string> Errors { get; } = [];
    public List<string> ForeignRequests { get; } = [];

    public async Task GoAsync(string path)
    {
        await Page.GotoAsync(_fixture.Origin + path, new() { WaitUntil = WaitUntilState.Load });
    }

    /// <summary>The first word (a ruby) under <paramref name="within"/> whose pinyin is exactly <paramref name="pinyin"/>
    /// (an rt's syllables are parted by invisible U+2060 word joiners).</summary>
    public async Task<ILocator> WordAsync(string pinyin, string within = ".para")
    {
        var index = await Page.EvaluateAsync<int>(
            "([within, py]) => [...document.querySelectorAll(within + ' ruby')].findIndex(w => [...w.querySelectorAll('rt')].map(rt => rt.textContent.replace(/\u2060/g, '')).join(' ') === py)",
            new[] { within, pinyin });
        Xunit.Assert.True(index >= 0, $"no word reads {pinyin}");
        return Page.Locator(within + " ruby").Nth(index);
    }

    public Task ScreenshotAsync(string name, bool fullPage = false) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, name + ".png"), FullPage = fullPage });

    /// <summary>Fails on any console error or request outside the site's origin seen so far.</summary>
    public void AssertClean()
    {
        Assert.Empty(Errors);
        Assert.Empty(ForeignRequests);
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}

/// <summary>
/// The browser tests, in two collections that xunit runs side by side, each with its own Chromium and server over the
/// one shared build: the reading page's behaviour, accessibility and script injection here, the look of the page
/// (<see cref="BrowserLayoutCollection"/>) there.
/// </summary>
[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;

/// <summary>Layout, typography and the settings panel: a second browser, so both cores have browser work.</summary>
[CollectionDefinition("browser-layout")]
public sealed class BrowserLayoutCollection : ICollectionFixture<BrowserFixture>;

/// <summary>
/// Whether the browser tests can run. Without Debian's Chromium they are skipped, saying why, on a developer's machine;
/// where the environment variable <c>CI</c> is set (as GitHub Actions and most CI services set it) they fail instead,
/// so that a runner without Chromium cannot pass them unseen.
/// </summary>
public static class BrowserAvailability
{
    public sealed record Missing(bool Fail, string Reason);

    /// <summary>Null when Chromium is installed; otherwise whether to fail or skip, and why.</summary>
    public static Missing? Check(bool chromiumInstalled, string? ci)
    {
        if (chromiumInstalled) return null;
        const string install = "apt-get install chromium fonts-noto-cjk";
        return string.IsNullOrEmpty(ci) || ci.Equals("false", StringComparison.OrdinalIgnoreCase) || ci == "0"
            ? new Missing(false, $"{BrowserFixture.Chromium} is not installed ({install}); browser tests skipped.")
            : new Missing(true, $"CI is set and {BrowserFixture.Chromium} is not installed, so the browser tests cannot run: {install} on the runner, or unset CI to skip them.");
    }

    /// <summary>The reason to skip a browser test on this machine, or null to run it (or fail it in CI).</summary>
    public static string? SkipReason =>
        Check(File.Exists(BrowserFixture.Chromium), Environment.GetEnvironmentVariable("CI")) is { Fail: false } m ? m.Reason : null;
}

/// <summary>A fact that needs Debian's Chromium (see <see cref="BrowserAvailability"/>).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = BrowserAvailability.SkipReason;
}

/// <summary>A theory that needs Debian's Chromium (see <see cref="BrowserAvailability"/>).</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = BrowserAvailability.SkipReason;
}

namespace QingdaoReader.Tests.Browser;

/// <summary>A machine without Chromium skips the browser tests, saying why; a CI runner without it fails them.</summary>
public class BrowserAvailabilityTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("false")]
    public void Without_chromium_a_developer_machine_skips_with_the_reason(string? ci)
    {
        var missing = BrowserAvailability.Check(chromiumInstalled: false, ci);
        Assert.NotNull(missing);
        Assert.False(missing!.Fail);
        Assert.Contains("apt-get install chromium", missing.Reason);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    public void Without_chromium_a_CI_run_fails_and_says_what_to_install(string ci)
    {
        var missing = BrowserAvailability.Check(chromiumInstalled: false, ci);
        Assert.NotNull(missing);
        Assert.True(missing!.Fail);
        Assert.Contains("CI is set", missing.Reason);
        Assert.Contains("apt-get install chromium", missing.Reason);
    }

    [Fact]
    public void With_chromium_the_browser_tests_run() => Assert.Null(BrowserAvailability.Check(chromiumInstalled: true, "true"));
}

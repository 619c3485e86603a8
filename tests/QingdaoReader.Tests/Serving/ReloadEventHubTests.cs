using System.Text;
using QingdaoReader.Serving;

namespace QingdaoReader.Tests.Serving;

/// <summary>The event stream that makes open pages reload after a rebuild or show a failed build's error.</summary>
public class ReloadEventHubTests
{
    private static string Text(MemoryStream stream) => Encoding.UTF8.GetString(stream.ToArray());

    [Fact]
    public void Every_line_of_an_events_data_is_a_data_line()
    {
        Assert.Equal("event: build-error\ndata: a.md:3: error\ndata: hint\n\n",
            ReloadEventHub.Format(ReloadEventHub.BuildError, "a.md:3: error\nhint"));
        Assert.Equal("event: reload\ndata: \n\n", ReloadEventHub.Format(ReloadEventHub.Reload, ""));
    }

    [Fact]
    public void A_page_connecting_after_a_failed_build_gets_the_error_at_once()
    {
        using var hub = new ReloadEventHub();
        var good = new MemoryStream();
        var failed = new MemoryStream();
        hub.Connect(good, lastError: null);
        hub.Connect(failed, lastError: "a.md:3: error");

        Assert.Equal(": connected\n\n", Text(good));
        Assert.Equal(": connected\n\nevent: build-error\ndata: a.md:3: error\n\n", Text(failed));
    }

    [Fact]
    public void An_event_reaches_every_open_page_and_a_closed_one_is_dropped()
    {
        using var hub = new ReloadEventHub();
        var closing = new MemoryStream();
        var open = new MemoryStream();
        hub.Connect(closing, null);
        hub.Connect(open, null);
        closing.Dispose();

        hub.Broadcast(ReloadEventHub.Reload, "");
        hub.Broadcast(ReloadEventHub.BuildError, "broken");

        Assert.Equal(": connected\n\nevent: reload\ndata: \n\nevent: build-error\ndata: broken\n\n", Text(open));
    }

    [Fact]
    public void The_live_reload_script_listens_to_the_hubs_stream_and_events()
    {
        Assert.Contains($"new EventSource(\"{ReloadEventHub.Path}\")", LiveReloadScript.Source);
        Assert.Contains($"addEventListener(\"{ReloadEventHub.Reload}\"", LiveReloadScript.Source);
        Assert.Contains($"addEventListener(\"{ReloadEventHub.BuildError}\"", LiveReloadScript.Source);
    }
}

using Microsoft.Extensions.Time.Testing;
using QingdaoReader.Serving;

namespace QingdaoReader.Tests.Serving;

/// <summary>An editor's save is a burst of change events; <c>qreader serve</c> should rebuild once, after the last.</summary>
public class ChangeDebouncerTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(30);

    [Fact]
    public void A_burst_of_changes_gives_one_call_after_the_quiet_period()
    {
        var time = new FakeTimeProvider();
        var calls = 0;
        using var debouncer = new ChangeDebouncer(Quiet, () => calls++, time);

        for (var i = 0; i < 10; i++) debouncer.Signal();
        time.Advance(Quiet - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, calls);

        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, calls);

        time.Advance(Quiet * 10);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Each_change_restarts_the_wait()
    {
        var time = new FakeTimeProvider();
        var calls = 0;
        using var debouncer = new ChangeDebouncer(Quiet, () => calls++, time);

        // Changes 20 ms apart: never 30 ms of quiet until the last one.
        for (var i = 0; i < 5; i++)
        {
            debouncer.Signal();
            time.Advance(TimeSpan.FromMilliseconds(20));
        }
        Assert.Equal(0, calls);

        time.Advance(TimeSpan.FromMilliseconds(10));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Changes_after_a_call_give_another_call()
    {
        var time = new FakeTimeProvider();
        var calls = 0;
        using var debouncer = new ChangeDebouncer(Quiet, () => calls++, time);

        debouncer.Signal();
        time.Advance(Quiet);
        debouncer.Signal();
        debouncer.Signal();
        time.Advance(Quiet);
        Assert.Equal(2, calls);
    }

    [Fact]
    public void Nothing_is_called_after_dispose()
    {
        var time = new FakeTimeProvider();
        var calls = 0;
        var debouncer = new ChangeDebouncer(Quiet, () => calls++, time);

        debouncer.Signal();
        debouncer.Dispose();
        time.Advance(Quiet * 2);
        Assert.Equal(0, calls);
    }
}

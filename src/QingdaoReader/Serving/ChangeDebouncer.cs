namespace QingdaoReader.Serving;

/// <summary>
/// Turns a burst of change signals into one call: the action runs once the signals have stopped for the quiet
/// period. Editors write a file in several steps, and a rebuild should see the last one.
/// </summary>
public sealed class ChangeDebouncer : IDisposable
{
    private readonly TimeSpan _quiet;
    private readonly Action _action;
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private ITimer? _timer;

    public ChangeDebouncer(TimeSpan quiet, Action action, TimeProvider? time = null)
    {
        _quiet = quiet;
        _action = action;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Something changed: (re)starts the wait for the quiet period.</summary>
    public void Signal()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = _time.CreateTimer(_ => _action(), null, _quiet, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        lock (_gate) _timer?.Dispose();
    }
}

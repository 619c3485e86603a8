using System.Text;

namespace QingdaoReader.Serving;

/// <summary>
/// The server-sent event stream open pages listen to: <see cref="Reload"/> after a good rebuild,
/// <see cref="BuildError"/> with the error's text after a failed one. A page that goes away is dropped at the next
/// event.
/// </summary>
public sealed class ReloadEventHub : IDisposable
{
    /// <summary>Where the stream is served.</summary>
    public const string Path = "/__qreader/events";
    public const string Reload = "reload";
    public const string BuildError = "build-error";

    private readonly List<StreamWriter> _clients = [];

    /// <summary>One event in the stream's format: each line of the data is a <c>data:</c> line.</summary>
    public static string Format(string name, string data) => $"event: {name}\ndata: {data.Replace("\n", "\ndata: ")}\n\n";

    /// <summary>
    /// Starts a stream on a response body and keeps it open; a page that connects while the last build failed gets
    /// that error at once.
    /// </summary>
    public void Connect(Stream body, string? lastError)
    {
        var writer = new StreamWriter(body, new UTF8Encoding(false));
        writer.Write(": connected\n\n");
        if (lastError is not null) writer.Write(Format(BuildError, lastError));
        writer.Flush();
        lock (_clients) _clients.Add(writer);
    }

    /// <summary>Sends an event to every open page.</summary>
    public void Broadcast(string name, string data)
    {
        var message = Format(name, data);
        lock (_clients)
        {
            foreach (var c in _clients.ToList())
            {
                try { c.Write(message); c.Flush(); }
                catch (Exception) { _clients.Remove(c); }
            }
        }
    }

    public void Dispose()
    {
        lock (_clients) foreach (var c in _clients) { try { c.Dispose(); } catch (Exception) { } }
    }
}

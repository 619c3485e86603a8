using System.Net;
using System.Net.Sockets;
using System.Text;

namespace QingdaoReader.Tests.Support;

/// <summary>An HTTP response as read off the socket.</summary>
public sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);
}

/// <summary>
/// Sends one HTTP/1.1 request with the request target exactly as given. HttpClient cannot do this: its Uri removes
/// dot segments and re-encodes the path before sending, so an attacker's request would never reach the server.
/// </summary>
public static class RawHttp
{
    public static RawResponse Send(int port, string target, string method = "GET")
    {
        using var client = new TcpClient();
        client.Connect(IPAddress.Loopback, port);
        // Only a safety net so that a server which never answers fails the test instead of hanging the run.
        client.ReceiveTimeout = 15_000;
        client.SendTimeout = 15_000;
        using var stream = client.GetStream();
        var body = method is "GET" or "HEAD" ? "" : "Content-Length: 0\r\n";
        // Latin-1 puts each char of the target on the wire as one byte, as a hand-written request would.
        stream.Write(Encoding.Latin1.GetBytes($"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{body}Connection: close\r\n\r\n"));
        var reader = new BufferedReader(stream);
        var statusLine = reader.Line();
        var status = int.Parse(statusLine.Split(' ')[1]);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var line = reader.Line(); line.Length > 0; line = reader.Line())
        {
            var colon = line.IndexOf(':');
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        if (method == "HEAD" || status is 204 or 304) return new RawResponse(status, headers, []);
        if (headers.TryGetValue("Content-Length", out var length)) return new RawResponse(status, headers, reader.Bytes(int.Parse(length)));
        if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            var chunks = new MemoryStream();
            for (var size = Convert.ToInt32(reader.Line().Split(';')[0], 16); size > 0; size = Convert.ToInt32(reader.Line().Split(';')[0], 16))
            {
                chunks.Write(reader.Bytes(size));
                reader.Line();
            }
            return new RawResponse(status, headers, chunks.ToArray());
        }
        return new RawResponse(status, headers, reader.Rest());
    }

    private sealed class BufferedReader(Stream stream)
    {
        private readonly byte[] _buffer = new byte[8192];
        private int _start, _end;

        private bool Fill()
        {
            if (_start < _end) return true;
            _start = 0;
            _end = stream.Read(_buffer, 0, _buffer.Length);
            return _end > 0;
        }

        public string Line()
        {
            var line = new StringBuilder();
            while (Fill())
            {
                var b = (char)_buffer[_start++];
                if (b == '\n') return line.ToString().TrimEnd('\r');
                line.Append(b);
            }
            return line.ToString();
        }

        public byte[] Bytes(int count)
        {
            var result = new byte[count];
            var i = 0;
            while (i < count && Fill())
            {
                var n = Math.Min(count - i, _end - _start);
                Array.Copy(_buffer, _start, result, i, n);
                _start += n;
                i += n;
            }
            return result[..i];
        }

        public byte[] Rest()
        {
            var rest = new MemoryStream();
            while (Fill())
            {
                rest.Write(_buffer, _start, _end - _start);
                _start = _end;
            }
            return rest.ToArray();
        }
    }
}

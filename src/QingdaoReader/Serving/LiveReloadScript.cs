using System.Text;

namespace QingdaoReader.Serving;

/// <summary>
/// The script <c>qreader serve</c> adds to every page it serves: it listens to <see cref="ReloadEventHub"/>'s stream,
/// reloads the page after a rebuild and shows a failed build's error over the page.
/// </summary>
public static class LiveReloadScript
{
    /// <summary>Where the script is served; no built site has a file there.</summary>
    public const string Path = "/__qreader/live.js";

    public const string Source = $$"""
        (function () {
          "use strict";
          var banner = null;
          function show(message) {
            if (!banner) {
              banner = document.createElement("pre");
              banner.setAttribute("role", "alert");
              banner.style.cssText = "position:fixed;left:0;right:0;bottom:0;margin:0;padding:1rem;z-index:99999;" +
                "background:#7f1d1d;color:#fff;font:14px/1.4 monospace;white-space:pre-wrap;max-height:50vh;overflow:auto";
              document.body.appendChild(banner);
            }
            banner.textContent = "Build failed (the page shows the last good build)\n\n" + message;
          }
          var events = new EventSource("{{ReloadEventHub.Path}}");
          events.addEventListener("{{ReloadEventHub.Reload}}", function () { location.reload(); });
          events.addEventListener("{{ReloadEventHub.BuildError}}", function (e) { show(e.data); });
        })();
        """;

    // Pages served here load the live-reload script; the built files on disk never contain it.
    /// <summary>The page with the script's tag added before its last <c>&lt;/body&gt;</c>, or at its end.</summary>
    public static byte[] AddTo(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var tag = $"<script src=\"{Path}\" defer></script>";
        var i = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(i < 0 ? text + tag : text.Insert(i, tag));
    }
}

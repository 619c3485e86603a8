using CsCheck;
using QingdaoReader.Annotation;
using QingdaoReader.Building;
using QingdaoReader.Serving;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Serving;

/// <summary>
/// A built site whose folder also holds files that must never be served: sibling folders and a file whose names
/// start like the output folder's, a file beside the output, one outside the site, and symbolic links inside the
/// output that point at them. Served by <c>qreader serve</c> and by the tests' own static server.
/// </summary>
public sealed class SiteWithSecrets : IDisposable
{
    // Every file that must stay private holds this; no file of the built site does.
    public const string Secret = "QREADER-SECRET";
    public const string InsideText = "a file of the site with a Chinese name";

    private readonly TempDir _dir = new();

    public SiteWithSecrets()
    {
        SiteDir = Path.Combine(_dir.Path, "site");
        _dir.Write("site/site.config.yml", "title: Test site\n");
        SiteFixture.CopyDir(Repo.Path_("templates"), Path.Combine(SiteDir, "templates"));
        _dir.Write("site/content/readings/a/index.md", "---\ntitle: 甲\n---\n\n改革。\n\n::: en\nReform.\n:::\n");

        _dir.Write("site/_site-old/secret.txt", Secret + " in a sibling folder named like the output");
        _dir.Write("site/_site.bak/secret.txt", Secret + " in another sibling folder");
        _dir.Write("site/_site-secret.txt", Secret + " in a sibling file named like the output");
        _dir.Write("site/secret.txt", Secret + " beside the output");
        OutsideFile = _dir.Write("outside.txt", Secret + " outside the site");

        Serve = new SiteServer(SiteDir, new SiteBuilder(_ => new FakeLanguage(), keepReadings: true), new BuildOptions(),
            SiteServer.FreePort(), TextWriter.Null);
        Serve.Start();
        Output = Path.Combine(SiteDir, "_site");

        // Made after the build: a build replaces the whole output folder.
        File.WriteAllText(Path.Combine(Output, "文件.txt"), InsideText);
        Link("alias.txt", "robots.txt");
        Link("linked-dir", "readings/a");
        Link("leak.txt", OutsideFile);
        Link("old", "../_site-old");
        Link("readings/a/up.txt", "../../../secret.txt");
        Link("hop1", "hop2");
        Link("hop2", "../_site-secret.txt");
        Link("loop1", "loop2");
        Link("loop2", "loop1");
        Directory.CreateDirectory(Path.Combine(Output, "trap"));
        Link("trap/index.html", "../../secret.txt");
        Link("sneaky", "readings/../../_site-old");

        Static = new StaticFileServer(Output);
    }

    public string SiteDir { get; }
    public string Output { get; }
    public string OutsideFile { get; }
    public SiteServer Serve { get; }
    public StaticFileServer Static { get; }

    public int Port(string server) => server == "serve" ? Serve.Port : new Uri(Static.Origin).Port;

    /// <summary>The target with its placeholders replaced: {outside} is the outside file's absolute path.</summary>
    public string Target(string target) => target.Replace("{outside}", OutsideFile);

    private void Link(string relative, string target) => File.CreateSymbolicLink(Path.Combine(Output, relative), target);

    public void Dispose()
    {
        Static.Dispose();
        Serve.Dispose();
        _dir.Dispose();
    }
}

/// <summary>
/// Issue 17: <c>qreader serve</c> and the tests' static server serve nothing outside the output folder, whatever the
/// request path says, and answer only GET and HEAD. Requests go over a raw socket so the path arrives as written.
/// </summary>
public class ServeContainmentTests(SiteWithSecrets site) : IClassFixture<SiteWithSecrets>
{
    private static readonly string[] Servers = ["serve", "static"];

    private static string Repeat(string s, int times) => string.Concat(Enumerable.Repeat(s, times));

    // Every one names a file outside the output folder, or reaches one through a link.
    private static readonly string[] Attacks =
    [
        // A sibling whose name starts with the output folder's name, reached through encoded separators and dots.
        "/..%2f_site-old/secret.txt",
        "/..%2F_site-old/secret.txt",
        "/%2e%2e%2f_site-old/secret.txt",
        "/%2E%2e%2F_site-old/secret.txt",
        "/.%2e%2f_site-old/secret.txt",
        "/%2e%2e/_site-old/secret.txt",
        "/../_site-old/secret.txt",
        "/..%2f_site.bak/secret.txt",
        "/..%2f_site-secret.txt",
        "/..%2fsecret.txt",
        "/readings/a/..%2f..%2f..%2f_site-old/secret.txt",
        "/readings%2f..%2f..%2f_site-old%2fsecret.txt",
        "//..%2f_site-old/secret.txt",
        // Backslashes, which are separators on Windows.
        "/..%5c_site-old%5csecret.txt",
        "/..%5C_site-old/secret.txt",
        "/%2e%2e%5c_site-old/secret.txt",
        "/..\\_site-old\\secret.txt",
        // Double encoding: decoded once it names a file called "%2e%2e%2f_site-old", which does not exist.
        "/%252e%252e%252f_site-old/secret.txt",
        "/..%252f_site-old/secret.txt",
        "/%25%32%65%25%32%65%25%32%66_site-old/secret.txt",
        // Absolute paths, in the path and as the request target's absolute form.
        "/{outside}",
        "//{outside}",
        "/%2f{outside}",
        "/..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2f{outside}",
        "http://127.0.0.1/..%2f_site-old/secret.txt",
        // NUL, which ends a path for the operating system.
        "/..%2f_site-old/secret.txt%00",
        "/..%2f_site-old/secret.txt%00.html",
        "/%00/..%2f_site-old/secret.txt",
        "/index.html%00",
        // Very long paths.
        "/" + Repeat("x%2f..%2f", 300) + "..%2f_site-old/secret.txt",
        "/" + Repeat("..%2f", 1000) + "{outside}",
        "/" + Repeat("a", 5000),
        // Symbolic links inside the output that point outside it.
        "/leak.txt",
        "/old/secret.txt",
        "/readings/a/up.txt",
        "/hop1",
        "/loop1",
        "/trap/",
        "/trap/index.html",
        "/sneaky/secret.txt",
    ];

    public static TheoryData<string, string> AttacksOnBoth()
    {
        var data = new TheoryData<string, string>();
        foreach (var server in Servers)
            foreach (var attack in Attacks) data.Add(server, attack);
        return data;
    }

    [Theory]
    [MemberData(nameof(AttacksOnBoth))]
    public void A_request_for_a_file_outside_the_output_is_refused(string server, string target)
    {
        foreach (var method in new[] { "GET", "HEAD" })
        {
            var response = RawHttp.Send(site.Port(server), site.Target(target), method);
            Assert.DoesNotContain(SiteWithSecrets.Secret, response.Text);
            Assert.Contains(response.Status, new[] { 400, 404 });
        }
    }

    [Theory]
    [InlineData("serve")]
    [InlineData("static")]
    public void The_request_from_the_issue_gets_404(string server)
    {
        var response = RawHttp.Send(site.Port(server), "/..%2f_site-old/secret.txt");
        Assert.Equal(404, response.Status);
        Assert.DoesNotContain(SiteWithSecrets.Secret, response.Text);
    }

    [Theory]
    [InlineData("serve", "POST")]
    [InlineData("serve", "PUT")]
    [InlineData("serve", "DELETE")]
    [InlineData("serve", "PATCH")]
    [InlineData("serve", "OPTIONS")]
    [InlineData("static", "POST")]
    [InlineData("static", "PUT")]
    [InlineData("static", "DELETE")]
    [InlineData("static", "PATCH")]
    [InlineData("static", "OPTIONS")]
    public void Methods_other_than_get_and_head_get_405(string server, string method)
    {
        var response = RawHttp.Send(site.Port(server), "/index.html", method);
        Assert.Equal(405, response.Status);
        Assert.Equal(["GET", "HEAD"], response.Headers["Allow"].Split(',', StringSplitOptions.TrimEntries));
        Assert.Null(Html.Parse(response.Text).QuerySelector(".card-title"));
    }

    [Theory]
    [InlineData("serve")]
    [InlineData("static")]
    public void The_sites_own_files_are_still_served(string server)
    {
        var port = site.Port(server);
        var index = RawHttp.Send(port, "/");
        Assert.Equal(200, index.Status);
        Assert.Equal("甲", Html.Parse(index.Text).QuerySelector(".card-title")!.TextContent);

        foreach (var page in new[] { "/readings/a/", "/readings/a/index.html", "/readings//a/", "/linked-dir/" })
        {
            var response = RawHttp.Send(port, page);
            Assert.Equal(200, response.Status);
            Assert.Equal("甲", RubyAnnotator.PlainText(Html.Parse(response.Text).QuerySelector(".reading-title")!));
        }

        var chinese = RawHttp.Send(port, "/%E6%96%87%E4%BB%B6.txt");
        Assert.Equal(200, chinese.Status);
        Assert.Equal(SiteWithSecrets.InsideText, chinese.Text);

        // A link that stays inside the output is followed.
        var alias = RawHttp.Send(port, "/alias.txt");
        Assert.Equal(200, alias.Status);
        Assert.Equal(File.ReadAllText(Path.Combine(site.Output, "robots.txt")), alias.Text);

        // HEAD: the GET answer's status and length, without the body.
        var head = RawHttp.Send(port, "/", "HEAD");
        Assert.Equal(200, head.Status);
        Assert.Equal(index.Body.Length.ToString(), head.Headers["Content-Length"]);
    }

    // Request paths built from the pieces attacks are made of, and names of the files and links around the output.
    private static Gen<string> Any(params string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static readonly Gen<string> Piece = Gen.Frequency(
        (4, Any("..", ".", "%2e", "%2E", "%2e%2e", ".%2e", "%2f", "%2F", "%5c", "%5C", "\\", "%252e", "%252f", "%25", "%00",
            "%c0%ae", "%c0%af", "%e2%80%a4", "%ef%bc%8f", ":", "%3a", "~", ";", "%20")),
        (4, Any("/", "//", "/../", "..%2f", "%2e%2e%2f", "..%5c")),
        (3, Any("_site", "_site-old", "_site.bak", "_site-secret.txt", "secret.txt", "site", "readings", "a", "index.html",
            "robots.txt", "leak.txt", "old", "up.txt", "hop1", "loop1", "trap", "sneaky", "alias.txt", "linked-dir", "{outside}")),
        (1, Gen.String[Gen.Char.AlphaNumeric, 1, 4]));

    private static readonly Gen<string> RequestPath = Piece.Array[1, 16].Select(pieces => "/" + string.Concat(pieces));

    [Fact]
    public void Whatever_is_served_for_a_generated_path_lies_inside_the_output()
    {
        var served = 0;
        RequestPath.Sample(path =>
        {
            foreach (var server in Servers)
            {
                var response = RawHttp.Send(site.Port(server), site.Target(path));
                Assert.DoesNotContain(SiteWithSecrets.Secret, response.Text);
                Assert.Contains(response.Status, new[] { 200, 400, 404 });
                if (response.Status == 200) Interlocked.Increment(ref served);
            }
        }, iter: 400);
        Assert.True(served > 0, "no generated path named a file of the site: the property was never tested");
    }

    [Fact]
    public void The_resolver_finds_only_files_under_the_output_reached_without_a_link_pointing_out()
    {
        var resolver = new SitePathResolver(site.Output);
        var found = 0;
        RequestPath.Sample(path =>
        {
            var resolved = resolver.Resolve(site.Target(path));
            if (resolved.File is not { } file) return;
            Interlocked.Increment(ref found);
            Assert.Equal(RequestPathOutcome.Found, resolved.Outcome);
            Assert.StartsWith(site.Output + Path.DirectorySeparatorChar, file);
            // The real path holds no link, so the file read is the file checked.
            var walked = site.Output;
            foreach (var part in Path.GetRelativePath(site.Output, file).Split(Path.DirectorySeparatorChar))
            {
                walked = Path.Combine(walked, part);
                Assert.Null(new FileInfo(walked).LinkTarget);
            }
            Assert.DoesNotContain(SiteWithSecrets.Secret, File.ReadAllText(file));
        }, iter: 5000);
        Assert.True(found > 0, "no generated path named a file of the site: the property was never tested");
    }

    [Theory]
    [InlineData("/site/_site", "/site/_site", true)]
    [InlineData("/site/_site", "/site/_site/index.html", true)]
    [InlineData("/site/_site/", "/site/_site/index.html", true)]
    [InlineData("/site/_site", "/site/_site-old/secret.txt", false)]
    [InlineData("/site/_site", "/site/_site.bak", false)]
    [InlineData("/site/_site", "/site", false)]
    public void Inside_needs_a_separator_after_the_folders_name(string root, string path, bool inside)
    {
        Assert.Equal(inside, SitePathResolver.Inside(root, path));
    }

    [Theory]
    [InlineData("/..%2f_site-old/secret.txt", RequestPathOutcome.NotFound)]
    [InlineData("/readings/a/%2e%2e/a/", RequestPathOutcome.NotFound)]
    [InlineData("/index.html%00", RequestPathOutcome.Malformed)]
    [InlineData("/%0d%0aSet-Cookie:%20x", RequestPathOutcome.Malformed)]
    [InlineData("/readings/a/", RequestPathOutcome.Found)]
    [InlineData("/linked-dir/", RequestPathOutcome.Found)]
    public void The_resolver_tells_found_from_not_found_from_malformed(string path, RequestPathOutcome outcome)
    {
        Assert.Equal(outcome, new SitePathResolver(site.Output).Resolve(path).Outcome);
    }

    [Fact]
    public void A_path_longer_than_the_limit_is_malformed()
    {
        var resolver = new SitePathResolver(site.Output);
        Assert.Equal(RequestPathOutcome.Malformed, resolver.Resolve("/" + Repeat("a", SitePathResolver.MaxPathLength)).Outcome);
        Assert.Equal(RequestPathOutcome.NotFound, resolver.Resolve("/" + Repeat("a", SitePathResolver.MaxPathLength - 1)).Outcome);
    }
}

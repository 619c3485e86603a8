using System.Reflection;
using System.Text;
using QingdaoReader.Diagnostics;
using QingdaoReader.Glossary;

namespace QingdaoReader.Cli.Commands;

/// <summary>The glossary a new site starts with: one example term, or the project's curated policy glossary.</summary>
public enum StarterGlossary { Example, Policy }

/// <summary>What <c>qreader init</c> and <c>qreader new</c> write: a starter site and an empty reading.</summary>
public static class SiteScaffold
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private const string TemplatePrefix = "site/templates/";

    public const string Config = """
        # QingdaoReader site settings. Paths are relative to this file's folder.
        title: My Chinese readings
        description: Annotated Chinese readings with pinyin, English translation and a glossary.
        # Where the site is published, e.g. https://USER.github.io/REPO/ (the GitHub Pages workflow sets it for you).
        base_url: /
        content: content
        templates: templates
        output: _site

        """;

    public const string Glossary = """
        - term: 高质量发展
          english: high-quality development
          category: policy slogan
          note: >-
            Growth that puts efficiency, innovation and sustainability ahead of sheer speed; the 19th Party Congress
            (2017) named it the goal of China's economy.
          official: true
          sources:
            - Report to the 19th National Congress of the CPC, 18 October 2017

        """;

    public const string ExampleReading = """
        ---
        title: 青岛的海
        title_en: The sea at Qingdao
        source: 示例
        date: "2024-06-01"
        authors: [老师]
        ---

        青岛是一座美丽的海滨城市。夏天，很多人来这里看海。

        ::: en
        Qingdao is a beautiful seaside city. In summer, many people come here to see the sea.
        :::

        ::: note
        海滨 (hǎibīn) means "seashore"; 海滨城市 is a common phrase for a coastal city.
        :::

        ## 城市的发展

        ::: en
        The city's development
        :::

        这几年，青岛推动==高质量发展==，城市越来越漂亮。

        ::: en
        In recent years Qingdao has pursued high-quality development, and the city has grown ever more beautiful.
        :::

        ::: questions
        1. 夏天很多人来青岛做什么？
        2. 青岛这几年有什么变化？
        :::

        """;

    /// <summary>
    /// The GitHub Pages workflow of a site made by init. It installs the qreader that wrote it (<see cref="ToolInfo.Version"/>)
    /// rather than the latest, so a site keeps building the same way until its owner changes QREADER_VERSION.
    /// </summary>
    public static string PagesWorkflow => $$$"""
        # Builds the site with qreader and publishes it on GitHub Pages (Settings → Pages → Source: GitHub Actions).
        # qreader ({{{ToolInfo.RepositoryUrl}}}) is installed at the version that wrote this file; to update the
        # site's tool, change QREADER_VERSION below.
        name: Publish on GitHub Pages
        on:
          push:
            branches: [main]
          workflow_dispatch:
        permissions:
          contents: read
          pages: write
          id-token: write
        # One deployment at a time; a running one is allowed to finish (as in GitHub's own Pages workflows).
        concurrency:
          group: pages
          cancel-in-progress: false
        env:
          QREADER_VERSION: {{{ToolInfo.Version}}}
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: 10.0.x
              - name: Install qreader
                run: |
                  dotnet tool install --global {{{ToolInfo.PackageId}}} --version "$QREADER_VERSION"
                  echo "$HOME/.dotnet/tools" >> "$GITHUB_PATH"
              - id: pages
                uses: actions/configure-pages@v5
              - name: Check the content
                run: qreader check --strict
              - name: Build the site
                run: qreader build --base-url "${{ steps.pages.outputs.base_url }}/"
              - name: Leave the build marker out of the upload
                run: rm -f _site/.qreader-output
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: _site
          deploy:
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """;

    public static string EmptyReading(string slug, string date) => $"""
        ---
        title: "{slug}"
        title_en: ""
        source: ""
        date: "{date}"
        authors: []
        draft: true
        ---

        第一段的中文。

        ::: en
        The first paragraph in English.
        :::

        """;

    /// <summary>
    /// The policy lexicon as <c>qreader glossary policy</c> prints it: each theme file under a comment naming it, one YAML
    /// list in all.
    /// </summary>
    public static string PolicyGlossary() =>
        string.Concat(PolicyLexicon.Files.Select(f => $"# ---- content/{f.Path}\n" + f.Text.TrimEnd('\n') + "\n"));

    /// <summary>A lexicon file as <c>init --glossary policy</c> writes it, with a header saying where it comes from.</summary>
    public static string PolicyFileForSite(GlossaryFile file) =>
        $"""
        # QingdaoReader's policy lexicon ({file.Theme}), as version {ToolInfo.Version} carries it: edit these entries and add
        # your own. `qreader glossary policy` prints the version you have installed, to compare after an update.

        """ + file.Text;

    /// <summary>Writes a starter site into <paramref name="dir"/>; refuses a folder that already holds a site.</summary>
    public static IReadOnlyList<string> Init(string dir, StarterGlossary glossary = StarterGlossary.Example)
    {
        var config = Path.Combine(dir, "site.config.yml");
        if (File.Exists(config))
            throw new UserError(new SourceLocation(config), "a site already exists here; nothing was written",
                "run `qreader init` in an empty folder, or name a new one: `qreader init my-site`");
        var written = new List<string>();
        void Write(string relative, string text)
        {
            var path = Path.Combine(dir, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, Utf8);
            written.Add(relative);
        }
        Write("site.config.yml", Config);
        if (glossary == StarterGlossary.Policy)
            foreach (var file in PolicyLexicon.Files) Write("content/" + file.Path, PolicyFileForSite(file));
        else Write("content/glossary.yml", Glossary);
        Write("content/readings/example/index.md", ExampleReading);
        Write(".gitignore", "_site/\n.site-build-*/\n");
        Write(".github/workflows/pages.yml", PagesWorkflow);
        var assembly = typeof(SiteScaffold).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(TemplatePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var target = Path.Combine(dir, "templates", name[TemplatePrefix.Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var file = File.Create(target);
            stream.CopyTo(file);
            written.Add("templates/" + name[TemplatePrefix.Length..]);
        }
        return written;
    }
}

using System.Collections.Concurrent;
using System.Text;
using QingdaoReader.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace QingdaoReader.Rendering;

/// <summary>
/// Renders the site's Scriban templates. Templates are parsed once and cached; includes are confined to the templates
/// folder; strict variables make a typo an error rather than an empty string; the loop limit is raised on purpose so a
/// large glossary renders. A page template's output is passed to <c>layout.html</c> as <c>content</c>.
/// </summary>
public sealed class TemplateRenderer
{
    /// <summary>Far above any real glossary or reading (Scriban's default of 1,000 is not).</summary>
    public const int LoopLimit = 1_000_000;
    public const int RecursionLimit = 64;

    private readonly string _root;
    private readonly ConcurrentDictionary<string, Template> _cache = new(StringComparer.Ordinal);
    // Included templates (partials) by path, parsed once for all pages: Scriban caches them per context only.
    private readonly ConcurrentDictionary<string, Template> _includes = new(StringComparer.Ordinal);
    private readonly ConfinedTemplateLoader _loader;
    // Scriban's built-in functions (string, array, html…), made once per renderer rather than once per page: a
    // template cannot change them (read-only), so every page of a build, on any thread, sees the same ones.
    private readonly Scriban.Functions.BuiltinFunctions _builtins = ReadOnlyBuiltins();

    private static Scriban.Functions.BuiltinFunctions ReadOnlyBuiltins()
    {
        var builtins = new Scriban.Functions.BuiltinFunctions();
        foreach (var value in builtins.Values) if (value is ScriptObject inner) inner.IsReadOnly = true;
        builtins.IsReadOnly = true;
        return builtins;
    }

    public TemplateRenderer(string templatesDir)
    {
        _root = Path.GetFullPath(templatesDir);
        if (!Directory.Exists(_root))
            throw new UserError(new SourceLocation(templatesDir), "the templates folder is missing",
                "create a site with `qreader init`, or set `templates:` in site.config.yml");
        _loader = new ConfinedTemplateLoader(_root);
    }

    public string TemplatesDir => _root;

    /// <summary>A digest of every file of the templates folder: changes when any template or asset does.</summary>
    public string Fingerprint()
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(_root, file) + "\0"));
            sha.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    /// <summary>Renders <paramref name="name"/> with <paramref name="model"/>, then wraps it in layout.html.</summary>
    public string RenderPage(string name, ScriptObject model)
    {
        var text = new StringWriter();
        RenderPage(name, model, text);
        return text.ToString();
    }

    /// <summary>
    /// Renders <paramref name="name"/> wrapped in layout.html straight into <paramref name="output"/> (a file, for a
    /// build). The page's own output goes to a buffer this thread reuses, and the layout copies it where it writes
    /// <c>{{ content }}</c>: a long reading makes no page-sized strings.
    /// </summary>
    public void RenderPage(string name, ScriptObject model, TextWriter output)
    {
        var body = t_pageBuffer ??= new StringBuilder();
        body.Clear();
        try
        {
            Render(name, model, new WriterOutput(new StringWriter(body)));
            var withContent = new ScriptObject();
            withContent.Import(model);
            withContent["content"] = new PageContent(body);
            Render("layout.html", withContent, new WriterOutput(output));
        }
        finally
        {
            // Keep a buffer for the next page of this thread, unless one huge reading made it huge.
            if (body.Capacity > MaxKeptBuffer) t_pageBuffer = null;
        }
    }

    private const int MaxKeptBuffer = 4 << 20;
    [ThreadStatic] private static StringBuilder? t_pageBuffer;

    private void Render(string name, ScriptObject model, IScriptOutput output)
    {
        var template = Get(name);
        var context = new TemplateContext(_builtins)
        {
            StrictVariables = true,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursionLimit,
            // Scriban cuts any string over 1 MB to "..." by default: a long reading would lose its end silently.
            LimitToString = 0,
            TemplateLoader = _loader,
            MemberRenamer = StandardMemberRenamer.Default,
            EnableRelaxedMemberAccess = false,
        };
        foreach (var (path, parsed) in _includes) context.CachedTemplates[path] = parsed;
        context.PushOutput(output);
        context.PushGlobal(model);
        try
        {
            template.Render(context);
            foreach (var (path, parsed) in context.CachedTemplates) _includes.TryAdd(path, parsed);
        }
        catch (ScriptRuntimeException e) when (e.InnerException is UserError inner)
        {
            // The template loader refused an include: name the include in the calling template.
            var span = e.Span;
            throw new UserError(new SourceLocation(span.FileName ?? _loader.PathOf(name), span.Start.Line + 1, span.Start.Column + 1),
                inner.Message, inner.Hint);
        }
        catch (ScriptRuntimeException e)
        {
            var span = e.Span;
            throw new UserError(new SourceLocation(span.FileName ?? _loader.PathOf(name), span.Start.Line + 1, span.Start.Column + 1),
                e.OriginalMessage, "check the template at that line (variables are strict: a misspelt name is an error)");
        }
    }

    // Template output straight into a writer, without Scriban's TextWriterOutput's substring per write. ToString is
    // empty: Scriban's Render calls it for a result string that is never used.
    private sealed class WriterOutput(TextWriter writer) : IScriptOutput
    {
        public TextWriter Writer => writer;
        public void Write(string text, int offset, int count) => writer.Write(text.AsSpan(offset, count));
        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return ValueTask.CompletedTask;
        }
        public override string ToString() => "";
    }

    /// <summary>
    /// The layout's <c>content</c>: where the layout writes it as it is (<c>{{ content }}</c>), the page buffer is copied
    /// to the output piece by piece; anywhere else (a filter, a condition) it is the page as a string.
    /// </summary>
    private sealed class PageContent(StringBuilder page) : IScriptCustomFunction
    {
        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            if (callerContext?.Parent is not ScriptExpressionStatement) return page.ToString();
            foreach (var chunk in page.GetChunks())
            {
                if (context.Output is WriterOutput direct) direct.Writer.Write(chunk.Span);
                else context.Write(chunk.ToString());
            }
            return null;
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

        public int RequiredParameterCount => 0;
        public int ParameterCount => 0;
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
        public Type ReturnType => typeof(string);
        public ScriptParameterInfo GetParameterInfo(int index) => throw new ArgumentOutOfRangeException(nameof(index));
    }

    private Template Get(string name) => _cache.GetOrAdd(name, n =>
    {
        var path = _loader.PathOf(n);
        if (!File.Exists(path))
            throw new UserError(new SourceLocation(path), $"unknown template '{n}'", $"add {n} to {_root}");
        var text = TextFileReader.ReadUtf8(path);
        var template = Template.Parse(text, path);
        if (template.HasErrors)
        {
            var first = template.Messages.First();
            throw new UserError(new SourceLocation(path, first.Span.Start.Line + 1, first.Span.Start.Column + 1),
                $"template syntax error: {first.Message}", "fix the template syntax at that line");
        }
        return template;
    });

    /// <summary>Loads included templates from the templates folder only: no absolute paths, no way out with "..".</summary>
    private sealed class ConfinedTemplateLoader(string root) : ITemplateLoader
    {
        public string PathOf(string name)
        {
            var full = Path.GetFullPath(Path.Combine(root, name));
            if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new UserError(new SourceLocation(name), $"template '{name}' lies outside the templates folder",
                    "include templates by their path inside templates/");
            return full;
        }

        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => PathOf(templateName);

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
        {
            if (!File.Exists(templatePath))
                throw new UserError(new SourceLocation(callerSpan.FileName, callerSpan.Start.Line + 1, callerSpan.Start.Column + 1),
                    $"unknown template '{Path.GetRelativePath(root, templatePath)}'", "check the include name");
            return TextFileReader.ReadUtf8(templatePath);
        }

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}

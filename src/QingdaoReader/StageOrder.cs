namespace QingdaoReader;

/// <summary>
/// The library's folders in pipeline order, written once: a folder may use the folders before it and none after it,
/// so imports only look forward and no two folders import each other. <c>Architecture/ImportOrderTests</c> reads every
/// source file's imports (using directives and fully qualified names) and fails on an edge against this order; the
/// README's "How it works" draws the same order.
/// </summary>
public static class StageOrder
{
    public static IReadOnlyList<string> Folders { get; } =
    [
        "Text",        // Han ranges, sentence ends: no stage of its own
        "Diagnostics", // file and line, user errors
        "Config",      // site.config.yml, the YAML reader
        "Content",     // reading files, front matter, Markdown
        "Parsing",     // a reading's blocks and their pairing
        "Chinese",     // segmenter, pinyin engine, dictionary
        "Glossary",    // glossary files, the policy lexicon, term matching, suggestions
        "Annotation",  // words and terms of a reading as records
        "Rendering",   // HTML, templates, the page contract
        "Output",      // the output folder and its layout
        "Building",    // the site assembled once (Site), the whole pipeline for it
        "Checking",    // qreader check: its findings and its pipeline over a Site
        "Serving",     // qreader serve
    ];
}

using QingdaoReader.Rendering;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using QingdaoReader.Annotation;
using QingdaoReader.Chinese;
using QingdaoReader.Content;
using Scriban.Runtime;

namespace QingdaoReader.Rendering;

/// <summary>
/// The names the built page and its scripts (<c>templates/assets/settings.js</c> and <c>reader/*.js</c>) agree on,
/// defined once: the classes, data-* attributes and ids the build and the templates write and the scripts look for,
/// the reader's settings with their defaults, the browser storage keys, the syllable joiner, the sentence ends, the HSK
/// labels and the vocabulary CSV's columns and formula guard (the page's export writes what <see cref="VocabularyExport"/> does).
/// C# code uses the constants; templates read them as <c>contract</c>; the build writes them into each page script
/// (<see cref="PageScripts"/>, the groups it reads, <see cref="JsonOf"/>), which reads the names from there
/// (<c>contract.classes.term</c>), never spelling them out. A test checks that the scripts use exactly the names
/// defined here; names only C# and reader.css share (<see cref="LongWordClass"/>) are not written into the scripts.
/// </summary>
public static class PageContract
{
    // Classes the build or the templates write and the scripts find elements by.
    public const string ReadingClass = "reading";
    public const string ReadingTitleClass = "reading-title";
    public const string ReadingSubtitleClass = "reading-subtitle";
    public const string SectionClass = "section";
    public const string ContentsClass = "toc";
    public const string ParagraphClass = Parsing.BlockMarkup.ParagraphClass;
    /// <summary>A paragraph's translation (<c>::: en</c> in the Markdown).</summary>
    public const string TranslationClass = Parsing.BlockMarkup.TranslationClass;
    public const string TermClass = "term";
    /// <summary>A long term set word by word inside its ruby (reader.css lets it break between the words).</summary>
    public const string LongWordClass = "long";
    public const string SettingsButtonClass = "settings-button";
    public const string SettingsFormClass = "settings-form";
    public const string VocabularyExportClass = "settings-vocab";
    /// <summary>A heading's English translation, inside the heading.</summary>
    public const string HeadingEnglishClass = "heading-en";
    /// <summary>The title the page gives a reading's comprehension questions.</summary>
    public const string QuestionsTitleClass = "questions-title";
    public const string GlossaryFilterClass = "glossary-filter";
    public const string GlossaryEntryClass = "glossary-entry";
    /// <summary>On the glossary page: a theme's section of entries (one file of <c>content/glossary/</c>).</summary>
    public const string GlossaryThemeClass = "glossary-theme";
    /// <summary>On the glossary page: the box that filters entries by Chinese, pinyin or English.</summary>
    public const string GlossaryQueryClass = "glossary-query";
    /// <summary>On the glossary page: the live line that says how many entries the filter shows.</summary>
    public const string GlossaryStatusClass = "glossary-status";
    /// <summary>A popup's English: in a glossary term's popup (written by the build), the glossary's English.</summary>
    public const string PopupEnglishClass = "popup-english";
    /// <summary>A sentence span, made by reader.js when a paragraph's sentences are first needed.</summary>
    public const string SentenceClass = "s";
    /// <summary>t1–t5: a syllable's tone (5 the neutral tone), made by reader.js for tone colours; reader.css colours them.</summary>
    public const string ToneClassPrefix = "t";

    // Attributes.
    /// <summary>On a term link: the glossary entry's id.</summary>
    public const string TermAttribute = "data-term";
    /// <summary>On a syllable whose spoken tone differs (一/不): the spoken form.</summary>
    public const string SpokenAttribute = "data-spoken";
    /// <summary>A word's pinyin, set by reader.js at first use for reader.css's "on hover" mode.</summary>
    public const string PinyinAttribute = "data-py";
    /// <summary>On the reading's article: the address of its word data (<see cref="WordsCallback"/>).</summary>
    public const string WordsSourceAttribute = "data-words-src";
    /// <summary>On a glossary page entry: its category id, for the filter.</summary>
    public const string CategoryAttribute = "data-category";
    /// <summary>
    /// On a glossary page entry: what the filter box finds it by, folded as <see cref="FoldForFinding"/> folds (term,
    /// aliases, pinyin without tones or spaces, English), forms separated by <c>|</c>.
    /// </summary>
    public const string FindAttribute = "data-find";

    // Element names and ids.
    /// <summary>A word is its ruby element (<c>&lt;ruby&gt;青岛&lt;rt&gt;Qīng⁠dǎo&lt;/ruby&gt;</c>).</summary>
    public const string WordElement = "ruby";
    /// <summary>A term's popup is the element with this prefix and the term's id.</summary>
    public const string TermPopupIdPrefix = "pop-";
    /// <summary>A paragraph's id is this prefix and a hash of its text (p-1a2b3c4d), so a link survives edits elsewhere.</summary>
    public const string ParagraphIdPrefix = Parsing.BlockMarkup.ParagraphIdPrefix;
    /// <summary>A sentence's id is its paragraph's, this and its position there from 1 (p-1a2b3c4d-s2).</summary>
    public const string SentenceIdSuffix = "-s";
    public const string ContentsTitleId = "toc-title";

    /// <summary>The function a reading's words.js calls with its word data (a script, not JSON, so it loads from file://).</summary>
    public const string WordsCallback = "qrWords";

    /// <summary>
    /// What parts two syllables written together in an rt: U+2060 WORD JOINER, invisible and no break opportunity. A
    /// character, not an element (a <c>&lt;wbr&gt;</c> each was a quarter of the seed page's elements); reader.js
    /// splits at it for tone colours and leaves it out of the pinyin it shows.
    /// </summary>
    public const char SyllableJoiner = '\u2060';

    // What the reader chooses in the Settings panel (partials/settings.html), kept in the browser.
    public const string SettingsStorageKey = "qr-settings";
    public const string KnownWordsStorageKey = "qr-known";
    /// <summary>The value of a setting turned on with its checkbox (most checkboxes).</summary>
    public const string SettingOn = "on";

    /// <summary>
    /// Each setting with its default; settings.js puts them on &lt;html&gt; as data-NAME before the first paint, and
    /// reader.css styles by them. <c>Unticked</c> is a checkbox setting's value when its box is cleared.
    /// </summary>
    public static readonly IReadOnlyList<PageSetting> Settings =
    [
        new("pinyin", "shown"),
        new("tones", "off", Unticked: "off"),
        new("spoken", "off", Unticked: "off"),
        new("known", "on", Unticked: "off"),
        new("words", "joined", Unticked: "joined"),
        new("trans", "under"),
        new("size", "m"),
        new("theme", "system"),
    ];

    /// <summary>The names in groups, as the scripts and templates see them (the group and name are the scripts' keys).</summary>
    public static IReadOnlyList<(string Group, IReadOnlyList<(string Name, string Value)> Names)> Groups { get; } =
    [
        ("classes", [
            ("reading", ReadingClass), ("readingTitle", ReadingTitleClass), ("readingSubtitle", ReadingSubtitleClass),
            ("section", SectionClass), ("contents", ContentsClass), ("paragraph", ParagraphClass), ("translation", TranslationClass),
            ("term", TermClass), ("settingsButton", SettingsButtonClass), ("settingsForm", SettingsFormClass),
            ("vocabularyExport", VocabularyExportClass), ("glossaryFilter", GlossaryFilterClass), ("glossaryEntry", GlossaryEntryClass),
            ("glossaryTheme", GlossaryThemeClass), ("glossaryQuery", GlossaryQueryClass), ("glossaryStatus", GlossaryStatusClass),
            ("sentence", SentenceClass), ("tonePrefix", ToneClassPrefix), ("popupEnglish", PopupEnglishClass),
        ]),
        ("attributes", [
            ("term", TermAttribute), ("spoken", SpokenAttribute), ("pinyin", PinyinAttribute),
            ("wordsSource", WordsSourceAttribute), ("category", CategoryAttribute), ("find", FindAttribute),
        ]),
        ("ids", [("termPopupPrefix", TermPopupIdPrefix), ("sentenceSuffix", SentenceIdSuffix), ("contentsTitle", ContentsTitleId)]),
        ("text", [
            ("word", WordElement), ("wordsCallback", WordsCallback), ("syllableJoiner", SyllableJoiner.ToString()),
            ("sentenceEnders", Sentences.Enders), ("sentenceClosers", Sentences.Closers),
        ]),
        ("storage", [("settings", SettingsStorageKey), ("known", KnownWordsStorageKey)]),
        // Where each field of a word's entry sits in words.js (Annotation/WordDataField): scripts read fields by name.
        ("wordData", [.. WordData.Fields.Select(f => (JsonNamingPolicy.CamelCase.ConvertName(f.ToString()), ((int)f).ToString(System.Globalization.CultureInfo.InvariantCulture)))]),
        // Each HSK level of the word data (0 outside HSK, 7 the 7–9 band) with its label, as the vocabulary files write it.
        ("hsk", [.. Enumerable.Range(HskLevels.NotListed, HskLevels.Band79 + 1)
            .Select(l => (l.ToString(System.Globalization.CultureInfo.InvariantCulture), HskLevels.Label(l)))]),
        // The vocabulary CSV as the build writes it: its header (the columns' names, in order), the characters that make
        // a cell a formula, and where a word's example sentence ends.
        ("vocabulary", [
            ("columns", VocabularyExport.CsvHeader), ("formulaStarts", VocabularyExport.FormulaStarts),
            ("sentenceEnders", Sentences.SplitEnders),
        ]),
        ("settings", [.. Settings.Select(s => (s.Name, s.Default))]),
        ("unticked", [.. Settings.Where(s => s.Unticked is not null).Select(s => (s.Name, s.Unticked!))]),
        ("values", [("on", SettingOn)]),
    ];

    /// <summary>The contract as a JavaScript object literal (JSON), for the page scripts.</summary>
    public static string Json { get; } = JsonOf(null);

    /// <summary>The contract's <paramref name="groups"/> (all when null) as a JavaScript object literal (JSON).</summary>
    public static string JsonOf(IReadOnlySet<string>? groups)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }))
        {
            json.WriteStartObject();
            foreach (var (group, names) in Groups)
            {
                if (groups is not null && !groups.Contains(group)) continue;
                json.WriteStartObject(group);
                foreach (var (name, value) in names) json.WriteString(name, value);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// Text as the glossary filter compares it: tone marks and other accents dropped (ǜ → u), lower case, and nothing but
    /// letters and digits kept, so "gāo zhìliàng", "gaozhiliang" and "Gao Zhiliang" are one key. The filter script folds
    /// a query the same way (NFD, marks dropped, lower case, letters and decimal digits kept).
    /// </summary>
    public static string FoldForFinding(string text)
    {
        var sb = new StringBuilder(text.Length);
        // By runes, so a Han character outside the BMP (𬭚) is kept; every mark is dropped, as the script's \p{M}.
        foreach (var rune in text.Normalize(NormalizationForm.FormD).EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark) continue;
            if (Rune.IsLetterOrDigit(rune)) sb.Append(Rune.ToLowerInvariant(rune).ToString());
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The contract for the templates: <c>contract.attributes.words_source</c>, <c>contract.ids.term_popup_prefix</c>.</summary>
    public static ScriptObject ToScript()
    {
        var contract = new ScriptObject();
        foreach (var (group, names) in Groups)
        {
            var members = new ScriptObject();
            foreach (var (name, value) in names) members[StandardMemberRenamer.Rename(name)] = value;
            contract[group] = members;
        }
        return contract;
    }
}

/// <summary>A reader's setting: its name (data-NAME on &lt;html&gt;), its default, and for a checkbox its value when cleared.</summary>
public sealed record PageSetting(string Name, string Default, string? Unticked = null);

using System.CommandLine;
using QingdaoReader.Cli.Commands;
using QingdaoReader.Diagnostics;

namespace QingdaoReader.Cli;

/// <summary>The <c>qreader</c> command: a thin shell over the library. User errors print as file(line,col): error: …</summary>
public static class CommandLine
{
    public static readonly Option<bool> Verbose = new("--verbose") { Description = "Show more detail, and stack traces on errors", Recursive = true };
    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Print only errors", Recursive = true };

    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null, TextReader? stdin = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        stdin ??= Console.In;
        var root = new RootCommand("QingdaoReader: annotated bilingual Chinese reading sites (pinyin, translation, glossary).");
        root.Options.Add(Verbose);
        root.Options.Add(Quiet);
        root.Subcommands.Add(BuildCommand.Create(stdout));
        root.Subcommands.Add(ImportCommand.Create(stdout));
        root.Subcommands.Add(CheckCommand.Create(stdout));
        root.Subcommands.Add(InitCommand.Init(stdout));
        root.Subcommands.Add(InitCommand.New(stdout));
        root.Subcommands.Add(ServeCommand.Create(stdout));
        root.Subcommands.Add(PinyinCommand.Create(stdin, stdout));
        root.Subcommands.Add(GlossaryCommand.Create(stdout));
        var parse = root.Parse(args);
        var verbose = parse.GetValue(Verbose);
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UserError e)
        {
            stderr.WriteLine(e.Format());
            if (verbose) stderr.WriteLine(e.ToString());
            return 1;
        }
        catch (QingdaoReader.Chinese.Binary.LanguageDataException e)
        {
            // The installation's language data is damaged or from another version: say so, with what to do.
            stderr.WriteLine($"error: {e.Message}");
            if (verbose) stderr.WriteLine(e.ToString());
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file system said no (permissions, a full disk, a file in use): the user's to fix, not a bug.
            stderr.WriteLine($"error: {e.Message}");
            if (verbose) stderr.WriteLine(e.ToString());
            return 1;
        }
    }
}

namespace QingdaoReader.Tests.Support;

/// <summary>Runs the qreader command in-process and captures what it prints.</summary>
public static class Cli
{
    public sealed record Result(int ExitCode, string Out, string Err);

    public static Result Run(params string[] args) => RunWithInput("", args);

    /// <summary>Runs the command with <paramref name="stdin"/> as its standard input.</summary>
    public static Result RunWithInput(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = QingdaoReader.Cli.CommandLine.Run(args, stdout, stderr, new StringReader(stdin));
        return new Result(code, stdout.ToString(), stderr.ToString());
    }
}

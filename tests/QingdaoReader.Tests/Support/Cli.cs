using System.Diagnostics;

namespace QingdaoReader.Tests.Support;

/// <summary>
/// Runs the qreader command and captures what it prints: in-process, or, when QREADER_EXE names an executable (the
/// native one, in .ci/native-smoke), as that process.
/// </summary>
public static class Cli
{
    public sealed record Result(int ExitCode, string Out, string Err);

    public static Result Run(params string[] args) => RunWithInput("", args);

    /// <summary>Runs the command with <paramref name="stdin"/> as its standard input.</summary>
    public static Result RunWithInput(string stdin, params string[] args)
    {
        if (Environment.GetEnvironmentVariable("QREADER_EXE") is { Length: > 0 } exe) return RunProcess(exe, stdin, args);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = QingdaoReader.Cli.CommandLine.Run(args, stdout, stderr, new StringReader(stdin));
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    private static Result RunProcess(string exe, string stdin, string[] args)
    {
        var start = new ProcessStartInfo(exe)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8, StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new Result(process.ExitCode, stdout, stderr.Result);
    }
}

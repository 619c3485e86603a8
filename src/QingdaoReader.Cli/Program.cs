using QingdaoReader.Chinese;
using QingdaoReader.Cli;

// These commands need the Chinese data: load it on other threads while the command reads its arguments, config and content.
if (args.Length > 0 && args[0] is "build" or "serve" or "check" or "pinyin") ChineseLanguage.StartLoadingShared();
return CommandLine.Run(args);

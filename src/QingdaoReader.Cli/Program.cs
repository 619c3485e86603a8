using QingdaoReader.Cli;

return CommandLine.Run(args);

using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/QingdaoReader.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(QingdaoReader.Benchmarks.PinyinBenchmarks).Assembly).Run(args);

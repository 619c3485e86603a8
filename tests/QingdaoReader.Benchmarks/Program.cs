using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/QingdaoReader.Benchmarks -- --filter '*'
// A short job (1 launch, 2 warm-ups, 5 iterations) keeps a full run to a few minutes; pass --job to override.
var config = args.Contains("--job") ? DefaultConfig.Instance
    : DefaultConfig.Instance.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5).AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(QingdaoReader.Benchmarks.StageBenchmarks).Assembly).Run(args, config);

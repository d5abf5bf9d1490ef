using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Ponte.Bench;
using Ponte.Domain.Matching;

BenchmarkSwitcher.FromAssembly(typeof(Instances).Assembly).Run(args);

namespace Ponte.Bench
{
    [MemoryDiagnoser]
    public class SolverBenchmarks
    {
        private MatchingProblem _sparse = null!;
        private MatchingProblem _dense = null!;

        [GlobalSetup]
        public void Setup()
        {
            _sparse = Instances.Sparse();
            _dense = Instances.Dense();
        }

        /// <summary>(a) 5,000 × 2,000, capacity 1–3, 50 candidates each.</summary>
        [Benchmark]
        public int SparseShortestPaths() => MatchingOptimizer.Solve(_sparse).Matched;

        /// <summary>(b) dense 2,000 × 2,000, capacity 1: Jonker–Volgenant.</summary>
        [Benchmark]
        public int DenseJonkerVolgenant() => MatchingOptimizer.Solve(_dense).Matched;

        /// <summary>(b) on shortest paths, to show why the method is chosen by shape.</summary>
        [Benchmark]
        public int DenseOnShortestPaths() => MatchingOptimizer.Solve(_dense, SolverKind.ShortestPaths).Matched;
    }

    [MemoryDiagnoser]
    public class ScoringBenchmarks
    {
        private MatchingInput _input = null!;
        private MatchingEngine _engine = null!;

        [GlobalSetup]
        public void Setup()
        {
            _input = Instances.Profiles();
            _engine = new MatchingEngine(_input);
        }

        /// <summary>(c) index 30,000 profiles: languages, interests, programmes, the pool.</summary>
        [Benchmark]
        public int BuildEngine() => new MatchingEngine(_input).MentorCount;

        /// <summary>(c) score with hard-rule pruning, solve, explain: 20,000 × 10,000 profiles.</summary>
        [Benchmark]
        public int ScoreSolveExplain() => _engine.Run().Matched;
    }
}

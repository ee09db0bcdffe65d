// ChildCpu: the CPU time of the processes a benchmark starts (a helper, `dot`, the CLI) as its
// "child_cpu_ms" counter, per iteration: Google Benchmark's CPU time is of its own process only.
#pragma once

#include <benchmark/benchmark.h>

#include <sys/resource.h>

// The CPU time of the child processes waited for so far, in ms.
inline double childCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

class ChildCpu
{
public:
    explicit ChildCpu(benchmark::State& state) : m_state(state), m_start(childCpuMs()) {}
    ~ChildCpu()
    {
        m_state.counters["child_cpu_ms"] =
            benchmark::Counter(childCpuMs() - m_start, benchmark::Counter::kAvgIterations);
    }
    ChildCpu(const ChildCpu&) = delete;
    ChildCpu& operator=(const ChildCpu&) = delete;

private:
    benchmark::State& m_state;
    double m_start;
};

// Runs a fuzz target over its corpus once, without libFuzzer, so that the replay is an ordinary test:
// it builds with the compiler and the sanitizers of the build it belongs to and shares that build's
// libraries, where libFuzzer needs clang and a build of its own (scripts/fuzz --explore).
//
//   <target> PATH...   every file under each PATH (a file or a folder, walked recursively), in order
//
// What libFuzzer's replay (-runs=0 -timeout=10 -rss_limit_mb=2048) would call a finding fails the run
// here too: a crash or a sanitizer report aborts, an input that runs longer than 10 s aborts naming it,
// and memory is capped (2 GiB of resident memory or one allocation as large under ASan; 4 GiB of
// address space otherwise, which a Qt process reserves more of than it uses).
#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

#ifdef GROUNDWORK_SANITIZED
// Defaults that ASAN_OPTIONS from the environment can still override: the memory limits of libFuzzer's
// replay, as ASan's own flags.
extern "C" const char* __asan_default_options()
{
    return "hard_rss_limit_mb=2048:max_allocation_size_mb=2048:allocator_may_return_null=0";
}
#endif

namespace {

constexpr unsigned kTimeoutSeconds = 10;

// The input being run, for the timeout's message: a fixed buffer, because a signal handler may not
// allocate.
char currentInput[4096];

void onTimeout(int)
{
    constexpr char prefix[] = "error: an input ran longer than 10 s: ";
    (void)!write(STDERR_FILENO, prefix, sizeof prefix - 1);
    (void)!write(STDERR_FILENO, currentInput, std::strlen(currentInput));
    (void)!write(STDERR_FILENO, "\n", 1);
    std::abort();
}

std::vector<std::filesystem::path> inputsUnder(const std::filesystem::path& root)
{
    std::vector<std::filesystem::path> inputs;
    if (std::filesystem::is_regular_file(root)) {
        inputs.push_back(root);
        return inputs;
    }
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        if (entry.is_regular_file())
            inputs.push_back(entry.path());
    }
    // Directory order is the file system's; sorted, every run replays the same sequence.
    std::sort(inputs.begin(), inputs.end());
    return inputs;
}

void runOne(const std::filesystem::path& path)
{
    std::ifstream file(path, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    // An allocation of exactly the input's size, as libFuzzer passes it, so that a read one byte past
    // the end is an ASan report and not a read of the string's terminator.
    const auto data = std::make_unique<std::uint8_t[]>(bytes.size());
    std::memcpy(data.get(), bytes.data(), bytes.size());
    std::snprintf(currentInput, sizeof currentInput, "%s", path.c_str());
    alarm(kTimeoutSeconds);
    LLVMFuzzerTestOneInput(data.get(), bytes.size());
    alarm(0);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s PATH...\n  runs the fuzz target once on every file under each PATH\n",
                     argv[0]);
        return 2;
    }
#ifndef GROUNDWORK_SANITIZED
    const rlimit memory{4ull << 30, 4ull << 30};
    setrlimit(RLIMIT_AS, &memory);
#endif
    std::signal(SIGALRM, onTimeout);

    std::size_t count = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path root(argv[i]);
        if (!std::filesystem::exists(root)) {
            std::fprintf(stderr, "error: %s does not exist\n", argv[i]);
            return 2;
        }
        const std::vector<std::filesystem::path> inputs = inputsUnder(root);
        for (const std::filesystem::path& input : inputs)
            runOne(input);
        std::printf("%s: %zu inputs\n", argv[i], inputs.size());
        count += inputs.size();
    }
    std::printf("replayed %zu inputs, no finding\n", count);
    return 0;
}

// groundwork-layout: the short-lived helper process that runs Graphviz for Groundwork. Reads DOT on
// standard input, lays it out once (so every layout is deterministic), and writes
//   GWLAYOUT 1 <geometry bytes> <output bytes>\n<geometry JSON><rendered output>
// on standard output. A Graphviz crash ends this process only; the caller reports it.
//
//   groundwork-layout [--format svg|png|pdf] [--geometry]  < diagram.dot
#include "graphvizlayout.h"
#include "layouticons.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>

#ifdef GROUNDWORK_SANITIZED
// Graphviz, pango and fontconfig keep caches for the life of this process, and the leak suppressions
// name those libraries. Debian builds them without frame pointers, so only the slow unwinder reaches
// the library frames; it costs this short-lived helper little, while the tests keep the fast one.
extern "C" const char* __asan_default_options();
extern "C" const char* __asan_default_options()
{
    return "fast_unwind_on_malloc=0";
}
#endif

namespace {

constexpr size_t kMaxDotBytes = 64ull * 1024 * 1024;
constexpr rlim_t kMaxMemoryBytes = 4ull * 1024 * 1024 * 1024;
constexpr rlim_t kMaxCpuSeconds = 300;

void limitResources()
{
#ifndef GROUNDWORK_SANITIZED // AddressSanitizer reserves terabytes of address space for its shadow
    const rlimit memory{kMaxMemoryBytes, kMaxMemoryBytes};
    setrlimit(RLIMIT_AS, &memory);
#endif
    const rlimit cpu{kMaxCpuSeconds, kMaxCpuSeconds};
    setrlimit(RLIMIT_CPU, &cpu);
}

int fail(const std::string& message)
{
    std::fputs(message.c_str(), stderr);
    std::fputc('\n', stderr);
    return 1;
}

bool writeFile(const std::string& path, std::string_view data)
{
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f)
        return false;
    const bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size();
    return std::fclose(f) == 0 && ok;
}

std::string base64(std::string_view data)
{
    static constexpr char kDigits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((data.size() + 2) / 3 * 4);
    for (size_t i = 0; i < data.size(); i += 3) {
        const size_t n = std::min<size_t>(3, data.size() - i);
        unsigned v = 0;
        for (size_t k = 0; k < 3; ++k)
            v = v << 8 | (k < n ? static_cast<unsigned char>(data[i + k]) : 0u);
        for (size_t k = 0; k < 4; ++k)
            out += k <= n ? kDigits[(v >> (18 - 6 * k)) & 63] : '=';
    }
    return out;
}

// Graphviz names the icon files as written in IMG SRC; a standalone SVG carries them inline instead.
// One pass: a large diagram names an icon per box.
std::string inlineIcons(const std::string& svg)
{
    const std::string_view key = "xlink:href=\"";
    std::string inlined[std::size(kLayoutIcons)];
    std::string out;
    out.reserve(svg.size() * 2);
    size_t from = 0;
    for (size_t at = svg.find(key); at != std::string::npos; at = svg.find(key, from)) {
        const size_t start = at + key.size();
        const size_t end = svg.find('"', start);
        if (end == std::string::npos)
            break;
        const std::string_view name(svg.data() + start, end - start);
        out.append(svg, from, start - from);
        size_t i = 0;
        while (i < std::size(kLayoutIcons) && kLayoutIcons[i].file != name)
            ++i;
        if (i < std::size(kLayoutIcons)) {
            if (inlined[i].empty())
                inlined[i] = "data:image/svg+xml;base64," + base64(kLayoutIcons[i].svg);
            out += inlined[i];
        } else {
            out += name;
        }
        from = end;
    }
    out.append(svg, from, std::string::npos);
    return out;
}

// cairo stamps PDFs with the time of rendering; the same model must give the same bytes. The stamp is
// replaced by one of the same length, so the cross-reference offsets stay right.
void fixPdfDate(std::string& pdf)
{
    const std::string_view key = "/CreationDate (D:";
    const size_t at = pdf.find(key);
    const size_t end = at == std::string::npos ? std::string::npos : pdf.find(')', at);
    if (at == std::string::npos || end == std::string::npos)
        return;
    const std::string_view epoch = "19700101000000"; // D:YYYYMMDDHHmmSS
    for (size_t i = 0; i < epoch.size() && at + key.size() + i < end; ++i)
        pdf[at + key.size() + i] = epoch[i];
}

// Graphviz reads the icons that IMG SRC names from files. The build and the install put them in
// share/groundwork/icons beside bin/; only where they are missing (a helper copied elsewhere) are they
// written from the copies compiled in to a temporary folder, removed again on exit.
class IconFolder
{
public:
    IconFolder() = default;
    IconFolder(const IconFolder&) = delete;
    IconFolder& operator=(const IconFolder&) = delete;
    ~IconFolder()
    {
        if (m_temporary.empty())
            return;
        for (const LayoutIcon& icon : kLayoutIcons)
            ::unlink((m_temporary + '/' + std::string(icon.file)).c_str());
        ::rmdir(m_temporary.c_str());
    }

    bool open()
    {
        char exe[PATH_MAX];
        const ssize_t length = ::readlink("/proc/self/exe", exe, sizeof exe - 1);
        if (length > 0) {
            std::string dir(exe, static_cast<size_t>(length));
            dir = dir.substr(0, dir.rfind('/')) + "/../share/groundwork/icons";
            bool all = true;
            for (const LayoutIcon& icon : kLayoutIcons)
                all = all && ::access((dir + '/' + std::string(icon.file)).c_str(), R_OK) == 0;
            if (all) {
                m_path = dir;
                return true;
            }
        }
        const char* tmp = std::getenv("TMPDIR");
        std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/groundwork-layout-XXXXXX";
        if (!::mkdtemp(pattern.data()))
            return false;
        m_temporary = m_path = pattern;
        for (const LayoutIcon& icon : kLayoutIcons) {
            if (!writeFile(m_path + '/' + std::string(icon.file), icon.svg))
                return false;
        }
        return true;
    }
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
    std::string m_temporary;
};

} // namespace

int main(int argc, char* argv[])
{
    limitResources();
    std::string format;
    bool geometry = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--geometry")
            geometry = true;
        else if (arg == "--format" && i + 1 < argc)
            format = argv[++i];
        else
            return fail("groundwork-layout: unknown argument '" + std::string(arg) + "'");
    }
    if (!format.empty() && format != "svg" && format != "png" && format != "pdf")
        return fail("groundwork-layout: unknown format '" + format + "'");

    // Graphviz loads its plugins and their libraries before the DOT is read: the caller starts this
    // process first and makes the DOT meanwhile.
    IconFolder icons;
    if (!icons.open())
        return fail("groundwork-layout: cannot write the icons to a temporary folder");
    gw::layout::GraphvizLayout layout(icons.path());

    // A pipe hands its data over in pieces: read to the end.
    std::string dot;
    char buffer[65536];
    while (dot.size() <= kMaxDotBytes) {
        const size_t n = std::fread(buffer, 1, sizeof buffer, stdin);
        if (n == 0)
            break;
        dot.append(buffer, n);
    }
    if (std::ferror(stdin))
        return fail("groundwork-layout: cannot read standard input");
    if (dot.size() > kMaxDotBytes)
        return fail("groundwork-layout: the diagram is larger than 64 MiB");

    gw::layout::GraphvizLayout::Result result = layout.run(dot, format, geometry);
    if (!result.ok)
        return fail(result.error);
    if (format == "svg")
        result.output = inlineIcons(result.output);
    if (format == "pdf")
        fixPdfDate(result.output);

    const std::string header = "GWLAYOUT 1 " + std::to_string(result.geometry.size()) + ' ' +
                               std::to_string(result.output.size()) + '\n';
    for (const std::string* part :
         {&header, &std::as_const(result.geometry), &std::as_const(result.output)}) {
        if (std::fwrite(part->data(), 1, part->size(), stdout) != part->size())
            return fail("groundwork-layout: cannot write standard output");
    }
    return std::fflush(stdout) == 0 ? 0 : fail("groundwork-layout: cannot write standard output");
}

// groundwork-layout: the short-lived helper process that runs Graphviz for Groundwork. Reads DOT on
// standard input, lays it out once (so every layout is deterministic), and writes
//   GWLAYOUT 1 <geometry bytes> <output bytes>\n<geometry JSON><rendered output>
// on standard output. A Graphviz crash ends this process only; the caller reports it.
//
//   groundwork-layout [--format svg|png|pdf] [--geometry]  < diagram.dot
#include "graphvizlayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <optional>

#include <sys/resource.h>

#include <cstdio>

namespace {

constexpr qint64 kMaxDotBytes = 64ll * 1024 * 1024;
constexpr rlim_t kMaxMemoryBytes = 4ull * 1024 * 1024 * 1024;
constexpr rlim_t kMaxCpuSeconds = 300;

void limitResources()
{
    const rlimit memory{kMaxMemoryBytes, kMaxMemoryBytes};
    setrlimit(RLIMIT_AS, &memory);
    const rlimit cpu{kMaxCpuSeconds, kMaxCpuSeconds};
    setrlimit(RLIMIT_CPU, &cpu);
}

int fail(const QString& message)
{
    std::fputs(message.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    return 1;
}

// Graphviz names the icon files as written in IMG SRC; a standalone SVG carries them inline instead.
QByteArray inlineIcons(QByteArray svg, const QDir& icons)
{
    const QStringList files = icons.entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        QFile f(icons.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray from = "xlink:href=\"" + file.toUtf8() + '"';
        const QByteArray to = "xlink:href=\"data:image/svg+xml;base64," + f.readAll().toBase64() + '"';
        svg.replace(from, to);
    }
    return svg;
}

// cairo stamps PDFs with the time of rendering; the same model must give the same bytes. The stamp is
// replaced by one of the same length, so the cross-reference offsets stay right.
QByteArray fixPdfDate(QByteArray pdf)
{
    const QByteArray key = "/CreationDate (D:";
    const qsizetype at = pdf.indexOf(key);
    const qsizetype end = at < 0 ? -1 : pdf.indexOf(')', at);
    if (at >= 0 && end > at) {
        const QByteArray epoch = "19700101000000"; // D:YYYYMMDDHHmmSS
        for (qsizetype i = 0; i < epoch.size() && at + key.size() + i < end; ++i)
            pdf[at + key.size() + i] = epoch[i];
    }
    return pdf;
}

// Graphviz reads the icons that IMG SRC names from files. The build and the install put them in
// share/groundwork/icons beside bin/; only where they are missing (a helper copied elsewhere) are they
// written from our resources to a temporary folder, without syncing it to disk, which took a quarter of
// a small diagram's time on a busy disk.
class IconFolder
{
public:
    bool open()
    {
        const QDir resources(QStringLiteral(":/groundwork/icons"));
        const QStringList files = resources.entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name);
        const QDir installed(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath() +
                             QStringLiteral("/../share/groundwork/icons"));
        if (std::all_of(files.begin(), files.end(), [&](const QString& f) { return installed.exists(f); })) {
            m_path = installed.absolutePath();
            return true;
        }
        m_temporary.emplace();
        if (!m_temporary->isValid())
            return false;
        for (const QString& file : files) {
            QFile from(resources.filePath(file));
            QFile to(m_temporary->filePath(file));
            if (!from.open(QIODevice::ReadOnly) || !to.open(QIODevice::WriteOnly) ||
                to.write(from.readAll()) < 0)
                return false;
        }
        m_path = m_temporary->path();
        return true;
    }
    QString path() const { return m_path; }

private:
    std::optional<QTemporaryDir> m_temporary;
    QString m_path;
};

} // namespace

int main(int argc, char* argv[])
{
    limitResources();
    // No QCoreApplication: its start-up work is a noticeable part of a small diagram's time, and
    // nothing here needs an event loop.
    QString format;
    bool geometry = false;
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--geometry"))
            geometry = true;
        else if (args[i] == QStringLiteral("--format") && i + 1 < args.size())
            format = args[++i];
        else
            return fail(QStringLiteral("groundwork-layout: unknown argument '%1'").arg(args[i]));
    }
    if (!format.isEmpty() && format != QStringLiteral("svg") && format != QStringLiteral("png") &&
        format != QStringLiteral("pdf"))
        return fail(QStringLiteral("groundwork-layout: unknown format '%1'").arg(format));

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(QStringLiteral("groundwork-layout: cannot read standard input"));
    // A pipe hands its data over in pieces: read to the end.
    QByteArray dot;
    while (dot.size() <= kMaxDotBytes) {
        const QByteArray chunk = in.read(kMaxDotBytes + 1 - dot.size());
        if (chunk.isEmpty())
            break;
        dot += chunk;
    }
    if (dot.size() > kMaxDotBytes)
        return fail(QStringLiteral("groundwork-layout: the diagram is larger than 64 MiB"));

    IconFolder iconDir;
    if (!iconDir.open())
        return fail(QStringLiteral("groundwork-layout: cannot write the icons to a temporary folder"));

    gw::layout::GraphvizLayout layout(iconDir.path());
    gw::layout::GraphvizLayout::Result result = layout.run(dot, format, geometry);
    if (!result.ok)
        return fail(result.error);
    if (format == QStringLiteral("svg"))
        result.output = inlineIcons(result.output, QDir(QStringLiteral(":/groundwork/icons")));
    if (format == QStringLiteral("pdf"))
        result.output = fixPdfDate(result.output);

    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return fail(QStringLiteral("groundwork-layout: cannot write standard output"));
    out.write("GWLAYOUT 1 " + QByteArray::number(result.geometry.size()) + ' ' +
              QByteArray::number(result.output.size()) + '\n');
    out.write(result.geometry);
    out.write(result.output);
    out.flush();
    return 0;
}

#include "terraformdata.h"

#include "templaterenderer.h"

#include "../io/yamldocument_p.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

const QString kEnginesFile = u":/groundwork/exports/terraform/engines.yaml"_s;
const QString kNotesFile = u":/groundwork/exports/terraform/notes.yaml"_s;

QByteArray resource(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Reads the documents into a TerraformData, noting every problem and keeping going.
class TerraformDataReader
{
public:
    explicit TerraformDataReader(TerraformData& data) : m_data(data) {}

    void readEngines(const QByteArray& bytes)
    {
        const YAML::Node root = parse(bytes, kEnginesFile);
        if (!root)
            return;
        const std::pair<const char*, TerraformData::Element> sections[] = {
            {"data", TerraformData::Element::DataStore}, {"channels", TerraformData::Element::Channel}};
        for (const auto& [section, element] : sections) {
            const YAML::Node clouds = root[section];
            if (!clouds.IsMap()) {
                problem(kEnginesFile, root.Mark(), u"'%1' must be a mapping of clouds"_s.arg(text(section)));
                continue;
            }
            for (auto it = clouds.begin(); it != clouds.end(); ++it) {
                const QString cloud = text(it->first.Scalar());
                const YAML::Node list = it->second;
                if (!list.IsSequence()) {
                    problem(kEnginesFile, list.Mark(), u"'%1' must be a list of rows"_s.arg(cloud));
                    continue;
                }
                QList<TerraformData::Row>& rows = m_data.m_rows[TerraformData::rowsKey(element, cloud)];
                for (const YAML::Node& row : list)
                    rows.append(readRow(row));
            }
        }
    }

    void readNotes(const QByteArray& bytes)
    {
        const YAML::Node root = parse(bytes, kNotesFile);
        if (!root)
            return;
        for (auto it = root.begin(); it != root.end(); ++it) {
            const YAML::Node value = it->second;
            if (!value.IsScalar())
                problem(kNotesFile, value.Mark(), u"a note must be text"_s);
            else
                m_data.m_notes.insert(text(it->first.Scalar()), text(value.Scalar()));
        }
    }

private:
    static QString text(std::string_view utf8) { return yamlnode::text(utf8); }

    YAML::Node parse(const QByteArray& bytes, const QString& file)
    {
        const YamlDocument doc = parseYamlDocument(bytes, file);
        if (doc.error) {
            m_data.m_problems.append(*doc.error);
            return {};
        }
        if (!doc.root.IsMap()) {
            problem(file, doc.root.Mark(), u"expected a mapping"_s);
            return {};
        }
        return doc.root;
    }

    TerraformData::Row readRow(const YAML::Node& node)
    {
        TerraformData::Row row;
        if (!node.IsMap()) {
            problem(kEnginesFile, node.Mark(), u"a row must be a mapping"_s);
            return row;
        }
        for (auto it = node.begin(); it != node.end(); ++it) {
            const std::string key = it->first.Scalar();
            const YAML::Node value = it->second;
            if (!value.IsScalar()) {
                problem(kEnginesFile, value.Mark(), u"'%1' must be a value"_s.arg(text(key)));
                continue;
            }
            const QString v = text(value.Scalar());
            if (key == "family")
                row.family = v;
            else if (key == "candidate")
                row.candidate = v;
            else if (key == "engine")
                row.engine.name = v;
            else if (key == "note")
                row.engine.note = v;
            else if (key == "ordered" || key == "networked") {
                if (v != u"true"_s && v != u"false"_s)
                    problem(kEnginesFile, value.Mark(), u"'%1' must be true or false"_s.arg(text(key)));
                if (key == "ordered")
                    row.ordered = v == u"true"_s;
                else
                    row.engine.networked = v == u"true"_s;
            } else if (key == "port") {
                bool ok = false;
                row.engine.port = v.toInt(&ok);
                if (!ok || row.engine.port <= 0 || row.engine.port > 65535)
                    problem(kEnginesFile, value.Mark(), u"'port' must be a port number"_s);
            } else {
                problem(kEnginesFile, it->first.Mark(), u"unknown key '%1'"_s.arg(text(key)));
            }
        }
        if (row.engine.name.isEmpty())
            problem(kEnginesFile, node.Mark(), u"a row names its 'engine'"_s);
        return row;
    }

    void problem(const QString& file, const YAML::Mark& mark, const QString& message)
    {
        Diagnostic d;
        d.location = {file, mark.line + 1, mark.column + 1};
        d.message = message;
        m_data.m_problems.append(d);
    }

    TerraformData& m_data;
};

const TerraformData& TerraformData::builtIn()
{
    static const TerraformData data = read(resource(kEnginesFile), resource(kNotesFile));
    return data;
}

TerraformData TerraformData::read(const QByteArray& engines, const QByteArray& notes)
{
    TerraformData data;
    TerraformDataReader reader(data);
    reader.readEngines(engines);
    reader.readNotes(notes);
    // Every note an engine names must exist, or its export would say nothing where it should.
    for (const QList<Row>& rows : std::as_const(data.m_rows)) {
        for (const Row& row : rows) {
            if (!row.engine.note.isEmpty() && !data.m_notes.contains(row.engine.note)) {
                Diagnostic d;
                d.location.file = kEnginesFile;
                d.message = u"engine '%1' names the note '%2', which notes.yaml does not have"_s.arg(
                    row.engine.name, row.engine.note);
                data.m_problems.append(d);
            }
        }
    }
    return data;
}

QString TerraformData::rowsKey(Element element, const QString& cloud)
{
    return (element == Element::DataStore ? u"data/"_s : u"channels/"_s) + cloud;
}

QStringList TerraformData::distinct(Element element, QString Row::*field) const
{
    QStringList out;
    for (const QString& cloud : {QStringLiteral("aws"), QStringLiteral("gcp"), QStringLiteral("azure")}) {
        for (const Row& row : m_rows.value(rowsKey(element, cloud))) {
            const QString& value = row.*field;
            if (!value.isEmpty() && !out.contains(value))
                out.append(value);
        }
    }
    return out;
}

QStringList TerraformData::families(Element element) const
{
    return distinct(element, &Row::family);
}

QStringList TerraformData::candidates(Element element) const
{
    return distinct(element, &Row::candidate);
}

TerraformEngine TerraformData::engine(Element element, const QString& cloud, const QString& family,
                                      const QString& candidate, bool ordered) const
{
    for (const Row& row : m_rows.value(rowsKey(element, cloud))) {
        if ((row.family.isEmpty() || row.family == family) &&
            (row.candidate.isEmpty() || row.candidate == candidate) &&
            (!row.ordered || *row.ordered == ordered))
            return row.engine;
    }
    return {};
}

QString TerraformData::note(const QString& key, const QVariantMap& values) const
{
    const auto it = m_notes.constFind(key);
    return it == m_notes.cend() ? QString() : QString::fromUtf8(TemplateRenderer::renderText(*it, values));
}

} // namespace gw

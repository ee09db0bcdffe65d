#include "modelmerge.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

using Section = ElementRef::Section;

QString kindOf(Section section)
{
    switch (section) {
    case Section::Workload:
        return u"workload"_s;
    case Section::DataStore:
        return u"data store"_s;
    case Section::Channel:
        return u"channel"_s;
    default:
        return u"element"_s;
    }
}

// Whether a value says anything: an unset optional, an empty text or the struct's default does not.
template<typename T> bool says(const FieldDescriptor<T>& d, const FieldData& value)
{
    static const T defaults{};
    if (std::holds_alternative<std::monostate>(value))
        return false;
    if (d.type == FieldType::Text && std::get<QString>(value).isEmpty())
        return false;
    return value != d.get(defaults);
}

// A value as the format spells it, for the summary.
template<typename T> QString shown(const FieldDescriptor<T>& d, const FieldData& value)
{
    if (std::holds_alternative<std::monostate>(value))
        return u"unset"_s;
    switch (d.type) {
    case FieldType::Text:
        return std::get<QString>(value);
    case FieldType::Bool:
        return std::get<bool>(value) ? u"true"_s : u"false"_s;
    case FieldType::Int:
        return QString::number(std::get<int>(value));
    case FieldType::Number:
        return QString::number(std::get<double>(value), 'g', 15);
    case FieldType::Enum:
        return enumText(d, std::get<int>(value));
    case FieldType::EnumList:
    case FieldType::TextList:
        return u"["_s + std::get<QStringList>(value).join(u", "_s) + u"]"_s;
    case FieldType::Custom:
        break;
    }
    return {};
}

class Merger
{
public:
    Merger(const Model& existing, const ImportResult& import, const SourceMap* sources)
        : m_import(import), m_sources(sources)
    {
        m_out.model = existing;
    }

    ModelMergeResult run()
    {
        mergeSystem();
        mergeSection(Section::Workload, m_import.model.workloads, m_out.model.workloads);
        mergeSection(Section::DataStore, m_import.model.data, m_out.model.data);
        mergeSection(Section::Channel, m_import.model.channels, m_out.model.channels);
        mergeEdges();
        mergeDecisions();
        return std::move(m_out);
    }

private:
    bool written(const QString& path) const { return m_sources && m_sources->contains(path); }

    // The system is the user's: only the cloud and the regions, when the model names none, come from
    // the inputs (a Terraform state knows them; a name guessed from a folder is no better than the user's).
    void mergeSystem()
    {
        System& mine = m_out.model.system;
        const System& theirs = m_import.model.system;
        for (const FieldDescriptor<System>& d : fieldList<System>()) {
            if (d.key != "cloud" && d.key != "regions")
                continue;
            const FieldData value = d.get(theirs);
            if (!says(d, value))
                continue;
            const FieldData current = d.get(mine);
            const QString key = d.keyText();
            if (!says(d, current) && !written(u"system."_s + key)) {
                d.set(mine, value);
                m_out.filled.append(MergeFill{ElementRef{Section::System, -1}, key, u"system."_s + key});
            } else if (current != value) {
                m_out.kept.append(MergeConflict{u"system"_s, key, shown(d, current), shown(d, value)});
            }
        }
    }

    template<typename T> void mergeSection(Section section, const QList<T>& theirs, QList<T>& mine)
    {
        for (int i = 0; i < theirs.size(); ++i) {
            const T& element = theirs[i];
            const ElementRef imported{section, i};
            const ElementRef existing = m_out.model.findElement(element.id);
            if (!existing.isValid()) {
                m_out.elements.append(MergeAddition{imported, ElementRef{section, int(mine.size())}});
                mine.append(element);
                m_placed.insert(element.id, imported);
                continue;
            }
            if (existing.section != section) {
                // One id, two things: the user's says what it is, and the import's values are not for it.
                m_out.kept.append(MergeConflict{u"%1 %2"_s.arg(kindOf(existing.section), element.id),
                                                u"is a"_s, kindOf(existing.section), kindOf(section)});
                continue;
            }
            m_matched.insert(element.id, {imported, existing});
            fill(mine[existing.index], element, existing, imported);
        }
    }

    template<typename T>
    void fill(T& mine, const T& theirs, const ElementRef& existing, const ElementRef& imported)
    {
        const QString minePath = existing.path();
        const QString theirPath = imported.path();
        const QString where = u"%1 %2"_s.arg(kindOf(existing.section), mine.id);
        for (const FieldDescriptor<T>& d : fieldList<T>()) {
            if (d.type == FieldType::Custom || d.key == "id")
                continue;
            const FieldData value = d.get(theirs);
            if (!says(d, value))
                continue;
            const FieldData current = d.get(mine);
            const QString key = d.keyText();
            // A required field is always the user's: the reader would not have taken the model without it.
            const bool set = d.info.required || says(d, current) || written(minePath + u'.' + key);
            if (!set) {
                d.set(mine, value);
                m_out.filled.append(MergeFill{existing, key, theirPath + u'.' + key});
            } else if (current != value) {
                m_out.kept.append(MergeConflict{where, key, shown(d, current), shown(d, value)});
            }
        }
    }

    QStringList viaOf(const QString& from, const QString& to) const
    {
        for (const ImportedEdge& e : m_import.edges) {
            if (e.from == from && e.to == to)
                return e.via;
        }
        return {};
    }

    // After every element is in: an edge's target is then in the merged model, whichever side it came
    // from.
    void mergeEdges()
    {
        for (int i = 0; i < m_import.model.workloads.size(); ++i) {
            const Workload& theirs = m_import.model.workloads[i];
            if (m_placed.contains(theirs.id)) {
                for (const Use& use : theirs.uses)
                    m_out.addedEdges.append(ImportedEdge{theirs.id, use.to, viaOf(theirs.id, use.to)});
                continue;
            }
            const auto matched = m_matched.constFind(theirs.id);
            if (matched == m_matched.cend())
                continue; // the user's element of that id is not a workload
            const int index = matched->second.index;
            Workload& mine = m_out.model.workloads[index];
            for (int u = 0; u < theirs.uses.size(); ++u) {
                const Use& use = theirs.uses[u];
                const auto known = std::find_if(mine.uses.cbegin(), mine.uses.cend(),
                                                [&](const Use& m) { return m.to == use.to; });
                if (known == mine.uses.cend()) {
                    m_out.edges.append(
                        MergeEdge{index, int(mine.uses.size()), u"workloads[%1].uses[%2]"_s.arg(i).arg(u)});
                    m_out.addedEdges.append(ImportedEdge{mine.id, use.to, viaOf(theirs.id, use.to)});
                    mine.uses.append(use);
                    continue;
                }
                // The import's sync read-write is the format's default, not something the inputs said.
                const QString where = u"workload "_s + mine.id;
                if (use.mode != UseMode::Sync && known->mode != use.mode)
                    m_out.kept.append(MergeConflict{where, u"uses %1 (mode)"_s.arg(use.to),
                                                    enumName(known->mode), enumName(use.mode)});
                if (use.access != Access::ReadWrite && known->access != use.access)
                    m_out.kept.append(MergeConflict{where, u"uses %1 (access)"_s.arg(use.to),
                                                    enumName(known->access), enumName(use.access)});
            }
        }
    }

    void mergeDecisions()
    {
        QList<Decision>& mine = m_out.model.decisions;
        for (int i = 0; i < m_import.model.decisions.size(); ++i) {
            const Decision& theirs = m_import.model.decisions[i];
            const QString element = theirs.subjectElement();
            const ElementRef target = m_out.model.findElement(element);
            const bool ownElement = m_placed.contains(element) || m_matched.contains(element);
            if (target.isValid() && !ownElement)
                continue; // the element is the user's and of another sort: said once, in the elements
            const auto known = std::find_if(mine.cbegin(), mine.cend(),
                                            [&](const Decision& d) { return d.subject == theirs.subject; });
            if (known == mine.cend()) {
                m_out.decisions.append(MergeAddition{ElementRef{Section::Decision, i},
                                                     ElementRef{Section::Decision, int(mine.size())}});
                mine.append(theirs);
                continue;
            }
            const QString where = u"decision "_s + theirs.subject;
            if (known->choice != theirs.choice)
                m_out.kept.append(MergeConflict{where, u"choice"_s, known->choice, theirs.choice});
            else if (known->status != theirs.status)
                m_out.kept.append(
                    MergeConflict{where, u"status"_s, enumName(known->status), enumName(theirs.status)});
        }
    }

    const ImportResult& m_import;
    const SourceMap* m_sources;
    ModelMergeResult m_out;
    QHash<QString, ElementRef> m_placed;                         // appended, by id: where in the import
    QHash<QString, std::pair<ElementRef, ElementRef>> m_matched; // by id: in the import, in the user's
};

} // namespace

QStringList ModelMergeResult::updated() const
{
    QStringList ids;
    for (const MergeFill& f : filled) {
        if (f.element.section == Section::System)
            continue;
        const QString id = model.elementId(f.element);
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

ModelMergeResult ModelMerge::merge(const Model& existing, const ImportResult& import,
                                   const SourceMap* sources)
{
    return Merger(existing, import, sources).run();
}

} // namespace gw

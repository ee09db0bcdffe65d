#include "decisionkinds.h"

#include "rulepackloader.h"

#include <QMutex>

#include <algorithm>

namespace gw {

QString DecisionKindInfo::displayLabel() const
{
    if (!label.isEmpty())
        return label;
    QString text = kind.name().replace(u'-', u' ');
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

void DecisionKinds::add(const DecisionKindInfo& info)
{
    if (const auto it = m_index.constFind(info.kind); it != m_index.constEnd())
        m_kinds.removeAt(*it);
    const auto before = [](const DecisionKindInfo& a, const DecisionKindInfo& b) {
        return a.order != b.order ? a.order < b.order : a.kind < b.kind;
    };
    m_kinds.insert(std::upper_bound(m_kinds.begin(), m_kinds.end(), info, before), info);
    m_index.clear();
    for (int i = 0; i < m_kinds.size(); ++i)
        m_index.insert(m_kinds[i].kind, i);
}

void DecisionKinds::add(const DecisionKinds& other)
{
    for (const DecisionKindInfo& info : other.m_kinds)
        add(info);
}

const DecisionKindInfo* DecisionKinds::find(DecisionKind kind) const
{
    const auto it = m_index.constFind(kind);
    return it == m_index.constEnd() ? nullptr : &m_kinds[*it];
}

const DecisionKindInfo* DecisionKinds::find(QStringView id) const
{
    for (const DecisionKindInfo& info : m_kinds) {
        if (id == info.kind.id())
            return &info;
    }
    return nullptr;
}

QStringList DecisionKinds::names() const
{
    QStringList out;
    for (const DecisionKindInfo& info : m_kinds)
        out.append(info.kind.name());
    return out;
}

QList<DecisionKind> DecisionKinds::of(SubjectKind subject) const
{
    QList<DecisionKind> out;
    for (const DecisionKindInfo& info : m_kinds) {
        if (info.subject == subject)
            out.append(info.kind);
    }
    return out;
}

SubjectKind DecisionKinds::subjectOf(DecisionKind kind) const
{
    const DecisionKindInfo* info = find(kind);
    return info ? info->subject : SubjectKind::System;
}

const QStringList& DecisionKinds::familiesOf(DecisionKind kind) const
{
    static const QStringList none;
    const DecisionKindInfo* info = find(kind);
    return info ? info->families : none;
}

int DecisionKinds::simplicityOf(DecisionKind kind, const QString& id, const QString& family) const
{
    const DecisionKindInfo* info = find(kind);
    if (!info)
        return 0;
    qsizetype at = info->simplicity.indexOf(id);
    if (at < 0)
        at = info->simplicity.indexOf(family);
    return static_cast<int>(at < 0 ? info->simplicity.size() : at);
}

namespace {

QMutex& rememberedMutex()
{
    static QMutex m;
    return m;
}

DecisionKinds& remembered()
{
    static DecisionKinds kinds;
    return kinds;
}

} // namespace

DecisionKinds DecisionKinds::known()
{
    DecisionKinds out = RulePackLoader::builtIn()->kinds();
    const QMutexLocker lock(&rememberedMutex());
    out.add(remembered());
    return out;
}

void DecisionKinds::remember(const DecisionKinds& kinds)
{
    const QMutexLocker lock(&rememberedMutex());
    remembered().add(kinds);
}

} // namespace gw

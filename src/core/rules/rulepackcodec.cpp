#include "rulepackcodec.h"

#include <QCborStreamReader>
#include <QCborStreamWriter>

#include <limits>

namespace gw {

namespace {

// The encoding is written and read by the same build (it is compiled into the binary that reads it),
// so it carries no compatibility promise: every struct is an array of its fields in declaration order,
// enums are their numbers, and a version mark only guards against a stale file in a build folder.
constexpr qint64 kEncodingVersion = 6;

class Writer
{
public:
    explicit Writer(QByteArray* out) : m_w(out) {}

    template<typename... Fields> void array(const Fields&... fields)
    {
        m_w.startArray(sizeof...(Fields));
        (put(fields), ...);
        m_w.endArray();
    }

    void put(const QString& v) { m_w.append(QStringView(v)); }
    void put(int v) { m_w.append(qint64(v)); }
    void put(qint64 v) { m_w.append(v); }
    void put(quint64 v) { m_w.append(v); }
    void put(bool v) { m_w.append(v); }
    void put(double v) { m_w.append(v); }
    template<typename E> void put(E v) requires std::is_enum_v<E> { m_w.append(qint64(v)); }
    void put(DecisionKind k) { m_w.append(k.id()); }
    template<typename T> void put(const std::optional<T>& v)
    {
        if (v)
            put(*v);
        else
            m_w.append(nullptr);
    }
    template<typename T> void put(const QList<T>& items)
    {
        m_w.startArray(quint64(items.size()));
        for (const T& item : items)
            put(item);
        m_w.endArray();
    }
    template<typename T, std::size_t N> void put(const std::array<T, N>& items)
    {
        m_w.startArray(N);
        for (const T& item : items)
            put(item);
        m_w.endArray();
    }

    void put(const SourceLocation& l) { array(l.file, l.line, l.column); }
    void put(const Diagnostic& d) { array(d.severity, d.location, d.message); }
    void put(const FactPath& p) { array(p.id, p.kind, p.field); }
    void put(const Operand& o) { array(o.number, o.bits, o.text, o.texts, o.numbers, o.written, o.ref); }
    void put(const Condition& c)
    {
        array(c.node, c.children, c.pathName, c.path, c.type, c.op, c.operand, c.location);
    }
    void put(const AttributeScore& s) { array(s.tenths, s.rationale, s.source, s.location, s.given); }
    void put(const ServiceNames& s) { array(s.aws, s.gcp, s.azure); }
    void put(const QDate& d) { put(d.isValid() ? d.toJulianDay() : std::numeric_limits<qint64>::min()); }
    void put(const QMap<QString, double>& m) { array(m.keys(), m.values()); }
    void put(const CloudOffering& o)
    {
        array(o.status, o.effective, o.successor, o.checked, o.source, o.limits, o.features);
    }
    void put(const Candidate& c)
    {
        array(c.id, c.kind, c.family, c.label, c.summary, c.services, c.offerings, c.skills, c.source,
              c.scores, c.pack, c.location);
    }
    void put(const Effect& e) { array(e.target, e.name, e.deltaTenths, e.exclude, e.location); }
    void put(const ScoringRule& r)
    {
        array(r.id, r.kind, r.when, r.effects, r.rationale, r.source, r.pack, r.location, r.readsCandidate);
    }
    void put(const FindingRule& f)
    {
        array(f.id, f.appliesTo, f.about, f.when, f.severity, f.message, f.recommendation, f.source, f.pack,
              f.location);
    }
    void put(const RulePack::CandidateEntry& e)
    {
        array(e.candidate, e.override, e.hasKind, e.hasFamily, e.hasLabel, e.hasSummary, e.hasSource,
              e.hasAws, e.hasGcp, e.hasAzure, e.hasSkills);
    }
    void put(const RulePack::Disable& d) { array(d.id, d.location); }
    void put(const RulePack::RuleEntry& e) { array(e.rule, e.override); }
    void put(const RulePack::FindingEntry& e) { array(e.rule, e.override); }
    void put(const DecisionKindInfo& k)
    {
        array(k.kind, k.subject, k.label, k.order, k.families, k.simplicity, k.appliesWhen, k.mootWhen,
              k.follows, k.pack, k.location);
    }
    void put(const RulePack& p)
    {
        array(p.id, p.description, p.file, p.builtIn, p.location, p.decision, p.candidates, p.rules,
              p.findings, p.disable);
    }

private:
    QCborStreamWriter m_w;
};

// Reads what Writer wrote; the first mismatch stops every later read (they return defaults) and
// decoding reports failure.
class Reader
{
public:
    explicit Reader(const QByteArray& bytes) : m_r(bytes) {}

    bool ok() { return m_ok && m_r.lastError() == QCborError::NoError; }

    // A struct or list: enter, read the items, leave.
    bool enter()
    {
        if (m_ok && m_r.isArray() && m_r.enterContainer())
            return true;
        m_ok = false;
        return false;
    }
    bool hasNext() { return m_ok && m_r.hasNext(); }
    void leave()
    {
        if (!m_ok || m_r.hasNext() || !m_r.leaveContainer())
            m_ok = false;
    }

    void get(QString& v)
    {
        if (!m_ok || !m_r.isString()) {
            m_ok = false;
            return;
        }
        v.clear();
        auto chunk = m_r.readString();
        while (chunk.status == QCborStreamReader::Ok) {
            v += chunk.data;
            chunk = m_r.readString();
        }
        if (chunk.status == QCborStreamReader::Error)
            m_ok = false;
    }
    void get(qint64& v)
    {
        if (!m_ok || !m_r.isInteger()) {
            m_ok = false;
            return;
        }
        v = m_r.toInteger();
        m_r.next();
    }
    void get(int& v)
    {
        qint64 wide = 0;
        get(wide);
        if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max())
            m_ok = false;
        v = int(wide);
    }
    void get(quint64& v)
    {
        if (!m_ok || !m_r.isUnsignedInteger()) {
            m_ok = false;
            return;
        }
        v = m_r.toUnsignedInteger();
        m_r.next();
    }
    void get(bool& v)
    {
        if (!m_ok || !m_r.isBool()) {
            m_ok = false;
            return;
        }
        v = m_r.toBool();
        m_r.next();
    }
    void get(double& v)
    {
        if (m_ok && m_r.isDouble())
            v = m_r.toDouble();
        else if (m_ok && m_r.isFloat())
            v = double(m_r.toFloat());
        else if (m_ok && m_r.isFloat16())
            v = double(float(m_r.toFloat16()));
        else {
            m_ok = false;
            return;
        }
        m_r.next();
    }
    void get(DecisionKind& k)
    {
        QString id;
        get(id);
        k = DecisionKind::fromId(id);
        if (!k.isValid())
            m_ok = false;
    }
    template<typename E> void get(E& v) requires std::is_enum_v<E>
    {
        int n = 0;
        get(n);
        v = static_cast<E>(n);
    }
    template<typename T> void get(std::optional<T>& v)
    {
        if (m_ok && m_r.isNull()) {
            m_r.next();
            v.reset();
            return;
        }
        T value{};
        get(value);
        v = std::move(value);
    }
    template<typename T> void get(QList<T>& items)
    {
        items.clear();
        if (m_ok && m_r.isArray() && m_r.isLengthKnown())
            items.reserve(qsizetype(m_r.length()));
        if (!enter())
            return;
        while (hasNext()) {
            items.append(T{});
            get(items.back());
        }
        leave();
    }
    template<typename T, std::size_t N> void get(std::array<T, N>& items)
    {
        if (!enter())
            return;
        for (T& item : items)
            get(item);
        leave();
    }

    template<typename... Fields> void array(Fields&... fields)
    {
        if (!enter())
            return;
        (get(fields), ...);
        leave();
    }

    void get(SourceLocation& l) { array(l.file, l.line, l.column); }
    void get(Diagnostic& d) { array(d.severity, d.location, d.message); }
    void get(FactPath& p) { array(p.id, p.kind, p.field); }
    void get(Operand& o) { array(o.number, o.bits, o.text, o.texts, o.numbers, o.written, o.ref); }
    void get(Condition& c)
    {
        array(c.node, c.children, c.pathName, c.path, c.type, c.op, c.operand, c.location);
    }
    void get(AttributeScore& s) { array(s.tenths, s.rationale, s.source, s.location, s.given); }
    void get(ServiceNames& s) { array(s.aws, s.gcp, s.azure); }
    void get(QDate& d)
    {
        qint64 day = 0;
        get(day);
        d = day == std::numeric_limits<qint64>::min() ? QDate() : QDate::fromJulianDay(day);
    }
    void get(QMap<QString, double>& m)
    {
        QList<QString> keys;
        QList<double> values;
        array(keys, values);
        m.clear();
        for (qsizetype i = 0; i < keys.size() && i < values.size(); ++i)
            m.insert(keys[i], values[i]);
    }
    void get(CloudOffering& o)
    {
        array(o.status, o.effective, o.successor, o.checked, o.source, o.limits, o.features);
    }
    void get(Candidate& c)
    {
        array(c.id, c.kind, c.family, c.label, c.summary, c.services, c.offerings, c.skills, c.source,
              c.scores, c.pack, c.location);
    }
    void get(Effect& e) { array(e.target, e.name, e.deltaTenths, e.exclude, e.location); }
    void get(ScoringRule& r)
    {
        array(r.id, r.kind, r.when, r.effects, r.rationale, r.source, r.pack, r.location, r.readsCandidate);
    }
    void get(FindingRule& f)
    {
        array(f.id, f.appliesTo, f.about, f.when, f.severity, f.message, f.recommendation, f.source, f.pack,
              f.location);
    }
    void get(RulePack::CandidateEntry& e)
    {
        array(e.candidate, e.override, e.hasKind, e.hasFamily, e.hasLabel, e.hasSummary, e.hasSource,
              e.hasAws, e.hasGcp, e.hasAzure, e.hasSkills);
    }
    void get(RulePack::Disable& d) { array(d.id, d.location); }
    void get(RulePack::RuleEntry& e) { array(e.rule, e.override); }
    void get(RulePack::FindingEntry& e) { array(e.rule, e.override); }
    void get(DecisionKindInfo& k)
    {
        array(k.kind, k.subject, k.label, k.order, k.families, k.simplicity, k.appliesWhen, k.mootWhen,
              k.follows, k.pack, k.location);
    }
    void get(RulePack& p)
    {
        array(p.id, p.description, p.file, p.builtIn, p.location, p.decision, p.candidates, p.rules,
              p.findings, p.disable);
    }

private:
    QCborStreamReader m_r;
    bool m_ok = true;
};

} // namespace

QByteArray RulePackCodec::encode(const QList<RulePack>& packs, const Diagnostics& diagnostics)
{
    QByteArray out;
    Writer w(&out);
    w.array(kEncodingVersion, packs, diagnostics);
    return out;
}

bool RulePackCodec::decode(const QByteArray& bytes, QList<RulePack>& packs, Diagnostics& diagnostics)
{
    Reader r(bytes);
    qint64 version = 0;
    QList<RulePack> readPacks;
    Diagnostics readDiagnostics;
    r.array(version, readPacks, readDiagnostics);
    if (!r.ok() || version != kEncodingVersion)
        return false;
    packs = std::move(readPacks);
    diagnostics = std::move(readDiagnostics);
    return true;
}

} // namespace gw

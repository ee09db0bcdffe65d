#include "modelcodec.h"

#include "../io/limits.h"

#include <QCborStreamReader>
#include <QCborStreamWriter>

namespace gw {

namespace {

// Every struct is an array of its fields in declaration order; enums are spelled as in the YAML format,
// so a reordered enum never changes what an old file means; an absent optional is CBOR null.
// Written as a stream, straight into the bytes (building a tree of QCborValues first was most of a
// save's time).
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
    void put(bool v) { m_w.append(v); }
    void put(double v) { m_w.append(v); }
    template<typename E> void put(E v) requires std::is_enum_v<E> { put(enumName(v)); }
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

    // Appended last to each struct that has one: encodings written before ownership existed end
    // before it.
    void put(const Ownership& o) { array(o.owner, o.costCentre); }
    void put(const Traffic& t) { array(t.pattern, t.peakRps, t.averageRps); }
    void put(const Use& u) { array(u.to, u.mode, u.access); }
    void put(const Skill& s) { array(s.language, s.level); }

    void put(const Workload& w)
    {
        array(w.id, w.name, w.kind, w.exposure, w.clients, w.traffic, w.latencyP99Ms, w.maxDurationS, w.cpu,
              w.memoryMb, w.gpu, w.stateful, w.needsOsControl, w.legacy, w.dataHeavy, w.criticality,
              w.handles, w.uses, w.ownership);
    }
    void put(const DataStore& d)
    {
        array(d.id, d.name, d.shape, d.queries, d.consistency, d.transactions, d.readWriteRatio,
              d.toleratesStaleReads, d.sizeGb, d.growthGbMonth, d.itemSizeKb, d.peakOps, d.residency,
              d.multiRegion, d.sensitivity, d.retentionDays, d.ownership);
    }
    void put(const Channel& c)
    {
        array(c.id, c.name, c.kind, c.ordering, c.delivery, c.peakMsgsS, c.retentionHours, c.replay,
              c.ownership);
    }
    void put(const System& s)
    {
        array(s.name, s.description, s.stage, s.cloud, s.regions, s.availabilityTarget, s.rtoMinutes,
              s.rpoMinutes, s.ownership);
    }
    void put(const Priorities& p)
    {
        m_w.startArray(p.weights.size());
        for (int w : p.weights)
            put(w);
        m_w.endArray();
    }
    void put(const Team& t)
    {
        array(t.size, t.teams, t.opsMaturity, t.skills, t.hiring, t.compliance, t.budgetUsdMonth,
              t.releaseCadence);
    }
    void put(const Environment& e) { array(e.name, e.account, e.region); }
    void put(const Decision& d) { array(d.subject, d.choice, d.status, d.reason); }

private:
    QCborStreamWriter m_w;
};

// Reads the encoding as a stream (no tree of values is built: this is most of open's time) and
// records the first thing that is not what the layout says; after a failure every read returns a
// default value, so decoding simply runs to its end.
class Reader
{
public:
    explicit Reader(const QByteArray& bytes) : m_r(bytes) {}

    bool ok() { return m_ok && m_r.lastError() == QCborError::NoError; }
    QString error() { return m_ok ? m_where + QStringLiteral(": ") + m_r.lastError().toString() : m_error; }
    void setContext(const QString& where) { m_where = where; }

    void fail(const QString& why)
    {
        if (m_ok) {
            const QString stream = m_r.lastError() == QCborError::NoError
                                       ? QString()
                                       : QStringLiteral(" (%1)").arg(m_r.lastError().toString());
            m_error = m_where + QStringLiteral(": ") + why + stream;
        }
        m_ok = false;
    }

    // A list (an encoded struct or a list field): enter, read the items, leave.
    bool enter()
    {
        if (!m_ok)
            return false;
        if (!m_r.isArray() || !m_r.enterContainer()) {
            fail(QStringLiteral("expected a list"));
            return false;
        }
        return true;
    }

    bool hasNext() { return m_ok && m_r.hasNext(); }

    void leave()
    {
        if (!m_ok)
            return;
        if (m_r.hasNext()) {
            fail(QStringLiteral("unexpected extra fields"));
            return;
        }
        if (!m_r.leaveContainer())
            fail(QStringLiteral("a list does not end"));
    }

    QString string()
    {
        if (!m_ok || !m_r.isString()) {
            fail(QStringLiteral("expected text"));
            return {};
        }
        QString out;
        auto chunk = m_r.readString();
        while (chunk.status == QCborStreamReader::Ok) {
            out += chunk.data;
            chunk = m_r.readString();
        }
        if (chunk.status == QCborStreamReader::Error)
            fail(QStringLiteral("damaged text"));
        return out;
    }

    double number()
    {
        if (!m_ok)
            return 0;
        double v = 0;
        if (m_r.isDouble())
            v = m_r.toDouble();
        else if (m_r.isFloat())
            v = double(m_r.toFloat());
        else if (m_r.isFloat16())
            v = double(float(m_r.toFloat16()));
        else if (m_r.isInteger())
            v = double(m_r.toInteger());
        else {
            fail(QStringLiteral("expected a number"));
            return 0;
        }
        m_r.next();
        return v;
    }

    int integer()
    {
        if (!m_ok || !m_r.isInteger()) {
            fail(QStringLiteral("expected an integer"));
            return 0;
        }
        const qint64 v = m_r.toInteger();
        if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) {
            fail(QStringLiteral("an integer out of range"));
            return 0;
        }
        m_r.next();
        return int(v);
    }

    bool boolean()
    {
        if (!m_ok || !m_r.isBool()) {
            fail(QStringLiteral("expected true or false"));
            return false;
        }
        const bool v = m_r.toBool();
        m_r.next();
        return v;
    }

    bool takeNull()
    {
        if (m_ok && m_r.isNull()) {
            m_r.next();
            return true;
        }
        return false;
    }

    std::optional<double> optNumber()
    {
        if (takeNull())
            return std::nullopt;
        return number();
    }

    std::optional<int> optInteger()
    {
        if (takeNull())
            return std::nullopt;
        return integer();
    }

    template<typename E> E enumValue()
    {
        const QString text = string();
        if (const auto e = enumFromString<E>(text))
            return *e;
        fail(QStringLiteral("'%1' is not a known value").arg(text));
        return E{};
    }

    template<typename E> QList<E> enumList()
    {
        QList<E> out;
        if (!enter())
            return out;
        while (hasNext())
            out.append(enumValue<E>());
        leave();
        return out;
    }

    QStringList stringList()
    {
        QStringList out;
        if (!enter())
            return out;
        while (hasNext())
            out.append(string());
        leave();
        return out;
    }

    // Absent in encodings made before ownership existed: then empty.
    Ownership ownership()
    {
        Ownership o;
        if (!hasNext() || !enter())
            return o;
        o.owner = string();
        o.costCentre = string();
        leave();
        return o;
    }

    // A list of encoded structs, each read by `decode`.
    template<typename T, typename Decode> QList<T> list(const QString& what, Decode decode)
    {
        QList<T> out;
        if (!enter())
            return out;
        while (hasNext()) {
            // The YAML reader never lets a model have more; a stored list that does is not ours.
            if (out.size() == limits::kMaxListItems) {
                fail(QStringLiteral("more than %1 %2s").arg(limits::kMaxListItems).arg(what));
                break;
            }
            setContext(QStringLiteral("%1 %2").arg(what).arg(out.size()));
            if (!enter())
                break;
            out.append(decode(*this));
            leave();
        }
        leave();
        return out;
    }

private:
    QCborStreamReader m_r;
    QString m_where = QStringLiteral("model");
    QString m_error;
    bool m_ok = true;
};

Workload decodeWorkload(Reader& r)
{
    Workload w;
    w.id = r.string();
    w.name = r.string();
    w.kind = r.enumValue<WorkloadKind>();
    w.exposure = r.enumValue<Exposure>();
    w.clients = r.enumList<ClientKind>();
    if (r.enter()) {
        w.traffic.pattern = r.enumValue<TrafficPattern>();
        w.traffic.peakRps = r.optNumber();
        w.traffic.averageRps = r.optNumber();
        r.leave();
    }
    w.latencyP99Ms = r.optNumber();
    w.maxDurationS = r.optNumber();
    w.cpu = r.enumValue<Level>();
    w.memoryMb = r.integer();
    w.gpu = r.boolean();
    w.stateful = r.boolean();
    w.needsOsControl = r.boolean();
    w.legacy = r.boolean();
    w.dataHeavy = r.boolean();
    w.criticality = r.enumValue<Criticality>();
    w.handles = r.enumList<HandledData>();
    if (r.enter()) {
        while (r.hasNext() && r.enter()) {
            Use use;
            use.to = r.string();
            use.mode = r.enumValue<UseMode>();
            use.access = r.enumValue<Access>();
            r.leave();
            w.uses.append(use);
        }
        r.leave();
    }
    w.ownership = r.ownership();
    return w;
}

DataStore decodeDataStore(Reader& r)
{
    DataStore d;
    d.id = r.string();
    d.name = r.string();
    d.shape = r.enumValue<DataShape>();
    d.queries = r.enumList<QueryKind>();
    d.consistency = r.enumValue<Consistency>();
    d.transactions = r.enumValue<Transactions>();
    d.readWriteRatio = r.number();
    d.toleratesStaleReads = r.boolean();
    d.sizeGb = r.optNumber();
    d.growthGbMonth = r.optNumber();
    d.itemSizeKb = r.optNumber();
    d.peakOps = r.optNumber();
    d.residency = r.string();
    d.multiRegion = r.boolean();
    d.sensitivity = r.enumValue<Sensitivity>();
    d.retentionDays = r.optInteger();
    d.ownership = r.ownership();
    return d;
}

Channel decodeChannel(Reader& r)
{
    Channel c;
    c.id = r.string();
    c.name = r.string();
    c.kind = r.enumValue<ChannelKind>();
    c.ordering = r.enumValue<Ordering>();
    c.delivery = r.enumValue<Delivery>();
    c.peakMsgsS = r.optNumber();
    c.retentionHours = r.optNumber();
    c.replay = r.boolean();
    c.ownership = r.ownership();
    return c;
}

System decodeSystem(Reader& r)
{
    System s;
    s.name = r.string();
    s.description = r.string();
    s.stage = r.enumValue<Stage>();
    s.cloud = r.enumValue<Cloud>();
    s.regions = r.stringList();
    s.availabilityTarget = r.number();
    s.rtoMinutes = r.optInteger();
    s.rpoMinutes = r.optInteger();
    s.ownership = r.ownership();
    return s;
}

Priorities decodePriorities(Reader& r)
{
    Priorities p;
    for (int& w : p.weights)
        w = r.integer();
    return p;
}

Team decodeTeam(Reader& r)
{
    Team t;
    t.size = r.integer();
    t.teams = r.integer();
    t.opsMaturity = r.enumValue<OpsMaturity>();
    t.skills = r.list<Skill>(QStringLiteral("skill"), [](Reader& s) {
        Skill skill;
        skill.language = s.string();
        skill.level = s.integer();
        return skill;
    });
    r.setContext(QStringLiteral("team"));
    t.hiring = r.stringList();
    t.compliance = r.enumList<Compliance>();
    t.budgetUsdMonth = r.optNumber();
    t.releaseCadence = r.enumValue<ReleaseCadence>();
    return t;
}

Environment decodeEnvironment(Reader& r)
{
    Environment env;
    env.name = r.string();
    env.account = r.string();
    env.region = r.string();
    return env;
}

Decision decodeDecision(Reader& r)
{
    Decision decision;
    decision.subject = r.string();
    decision.choice = r.string();
    decision.status = r.enumValue<DecisionStatus>();
    decision.reason = r.string();
    return decision;
}

// Each part's decoder, by the part's type.
template<typename Part> Part decodeAs(Reader& r)
{
    if constexpr (std::is_same_v<Part, System>)
        return decodeSystem(r);
    else if constexpr (std::is_same_v<Part, Priorities>)
        return decodePriorities(r);
    else if constexpr (std::is_same_v<Part, Team>)
        return decodeTeam(r);
    else if constexpr (std::is_same_v<Part, Environment>)
        return decodeEnvironment(r);
    else if constexpr (std::is_same_v<Part, Workload>)
        return decodeWorkload(r);
    else if constexpr (std::is_same_v<Part, DataStore>)
        return decodeDataStore(r);
    else if constexpr (std::is_same_v<Part, Channel>)
        return decodeChannel(r);
    else
        return decodeDecision(r);
}

} // namespace

QByteArray ModelCodec::encode(const Model& model)
{
    QByteArray out;
    Writer(&out).array(qint64(kEncodingVersion), model.formatVersion, model.system, model.priorities,
                       model.team, model.environments, model.workloads, model.data, model.channels,
                       model.decisions);
    return out;
}

std::optional<Model> ModelCodec::decode(const QByteArray& bytes, QString* error)
{
    Reader r(bytes);
    Model m;
    if (r.enter()) {
        if (const int version = r.integer(); r.ok() && version != kEncodingVersion)
            r.fail(QStringLiteral("encoding version %1 is not %2").arg(version).arg(kEncodingVersion));
        m.formatVersion = r.integer();
        r.setContext(QStringLiteral("system"));
        if (r.enter()) {
            m.system = decodeSystem(r);
            r.leave();
        }
        r.setContext(QStringLiteral("priorities"));
        if (r.enter()) {
            m.priorities = decodePriorities(r);
            r.leave();
        }
        r.setContext(QStringLiteral("team"));
        if (r.enter()) {
            m.team = decodeTeam(r);
            r.leave();
        }
        m.environments = r.list<Environment>(QStringLiteral("environment"), decodeEnvironment);
        m.workloads = r.list<Workload>(QStringLiteral("workload"), decodeWorkload);
        m.data = r.list<DataStore>(QStringLiteral("data store"), decodeDataStore);
        m.channels = r.list<Channel>(QStringLiteral("channel"), decodeChannel);
        m.decisions = r.list<Decision>(QStringLiteral("decision"), decodeDecision);
        r.setContext(QStringLiteral("model"));
        r.leave();
    }
    if (!r.ok()) {
        if (error)
            *error = QStringLiteral("the stored model is damaged: ") + r.error();
        return std::nullopt;
    }
    return m;
}

template<typename Part> QByteArray ModelCodec::encodePart(const Part& part)
{
    QByteArray out;
    Writer(&out).put(part);
    return out;
}

template<typename Part> bool ModelCodec::decodePart(const QByteArray& bytes, Part& out)
{
    Reader r(bytes);
    r.setContext(QStringLiteral("part"));
    if (r.enter()) {
        out = decodeAs<Part>(r);
        r.leave();
    }
    return r.ok();
}

#define GW_MODEL_PART(Part)                                                                                  \
    template QByteArray ModelCodec::encodePart<Part>(const Part&);                                           \
    template bool ModelCodec::decodePart<Part>(const QByteArray&, Part&);
GW_MODEL_PART(System)
GW_MODEL_PART(Priorities)
GW_MODEL_PART(Team)
GW_MODEL_PART(Environment)
GW_MODEL_PART(Workload)
GW_MODEL_PART(DataStore)
GW_MODEL_PART(Channel)
GW_MODEL_PART(Decision)
#undef GW_MODEL_PART

} // namespace gw

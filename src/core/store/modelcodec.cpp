#include "modelcodec.h"

#include <QCborArray>
#include <QCborValue>

namespace gw {

namespace {

// Every struct is an array of its fields in declaration order; enums are spelled as in the YAML format,
// so a reordered enum never changes what an old file means; an absent optional is CBOR null.

template<typename E> QCborValue enc(E value) requires std::is_enum_v<E>
{
    return QCborValue(enumName(value));
}

QCborValue encOpt(const std::optional<double>& v)
{
    return v ? QCborValue(*v) : QCborValue(nullptr);
}

QCborValue encOpt(const std::optional<int>& v)
{
    return v ? QCborValue(qint64(*v)) : QCborValue(nullptr);
}

template<typename E> QCborArray encEnums(const QList<E>& values)
{
    QCborArray out;
    for (E v : values)
        out.append(enc(v));
    return out;
}

QCborArray encStrings(const QStringList& values)
{
    QCborArray out;
    for (const QString& v : values)
        out.append(v);
    return out;
}

QCborArray encode(const Workload& w)
{
    QCborArray uses;
    for (const Use& u : w.uses)
        uses.append(QCborArray{u.to, enc(u.mode), enc(u.access)});
    return QCborArray{
        w.id,
        w.name,
        enc(w.kind),
        enc(w.exposure),
        encEnums(w.clients),
        QCborArray{enc(w.traffic.pattern), encOpt(w.traffic.peakRps), encOpt(w.traffic.averageRps)},
        encOpt(w.latencyP99Ms),
        encOpt(w.maxDurationS),
        enc(w.cpu),
        qint64(w.memoryMb),
        w.gpu,
        w.stateful,
        w.needsOsControl,
        w.legacy,
        w.dataHeavy,
        enc(w.criticality),
        encEnums(w.handles),
        uses};
}

QCborArray encode(const DataStore& d)
{
    return QCborArray{d.id,
                      d.name,
                      enc(d.shape),
                      encEnums(d.queries),
                      enc(d.consistency),
                      enc(d.transactions),
                      d.readWriteRatio,
                      d.toleratesStaleReads,
                      encOpt(d.sizeGb),
                      encOpt(d.growthGbMonth),
                      encOpt(d.itemSizeKb),
                      encOpt(d.peakOps),
                      d.residency,
                      d.multiRegion,
                      enc(d.sensitivity),
                      encOpt(d.retentionDays)};
}

QCborArray encode(const Channel& c)
{
    return QCborArray{c.id,
                      c.name,
                      enc(c.kind),
                      enc(c.ordering),
                      enc(c.delivery),
                      encOpt(c.peakMsgsS),
                      encOpt(c.retentionHours),
                      c.replay};
}

// The first problem met while decoding; shared by the readers of nested lists.
struct DecodeStatus
{
    bool ok = true;
    QString error;
};

// Reads the fields of one encoded struct in order and records the first one that is not what the layout
// says; after a failure every read returns a default value, so decoding simply runs to its end.
class Reader
{
public:
    Reader(QCborArray array, QString what, DecodeStatus* status)
        : m_array(std::move(array)), m_what(std::move(what)), m_status(status)
    {
    }

    bool ok() const { return m_status->ok; }

    void fail(const QString& why)
    {
        if (m_status->ok)
            m_status->error = m_what + QStringLiteral(": ") + why;
        m_status->ok = false;
    }

    QCborValue next()
    {
        if (m_pos >= m_array.size()) {
            fail(QStringLiteral("too few fields"));
            return {};
        }
        return m_array.at(m_pos++);
    }

    QString string()
    {
        const QCborValue v = next();
        if (!v.isString())
            fail(QStringLiteral("field %1 is not a string").arg(m_pos));
        return v.toString();
    }

    double number()
    {
        const QCborValue v = next();
        if (v.isDouble())
            return v.toDouble();
        if (v.isInteger())
            return double(v.toInteger());
        fail(QStringLiteral("field %1 is not a number").arg(m_pos));
        return 0;
    }

    int integer()
    {
        const QCborValue v = next();
        if (!v.isInteger() || v.toInteger() < std::numeric_limits<int>::min() ||
            v.toInteger() > std::numeric_limits<int>::max())
            fail(QStringLiteral("field %1 is not an integer").arg(m_pos));
        return int(v.toInteger());
    }

    bool boolean()
    {
        const QCborValue v = next();
        if (!v.isBool())
            fail(QStringLiteral("field %1 is not a boolean").arg(m_pos));
        return v.toBool();
    }

    std::optional<double> optNumber()
    {
        if (m_pos < m_array.size() && m_array.at(m_pos).isNull()) {
            ++m_pos;
            return std::nullopt;
        }
        return number();
    }

    std::optional<int> optInteger()
    {
        if (m_pos < m_array.size() && m_array.at(m_pos).isNull()) {
            ++m_pos;
            return std::nullopt;
        }
        return integer();
    }

    QCborArray array()
    {
        const QCborValue v = next();
        if (!v.isArray())
            fail(QStringLiteral("field %1 is not a list").arg(m_pos));
        return v.toArray();
    }

    template<typename E> E enumValue()
    {
        const QCborValue v = next();
        if (v.isString()) {
            if (const auto e = enumFromString<E>(v.toString()))
                return *e;
        }
        fail(QStringLiteral("field %1 is not a known value").arg(m_pos));
        return E{};
    }

    template<typename E> QList<E> enumList()
    {
        QList<E> out;
        const QCborArray items = array();
        out.reserve(items.size());
        for (const QCborValue& v : items) {
            const auto e = enumFromString<E>(v.toString());
            if (!v.isString() || !e) {
                fail(QStringLiteral("field %1 holds an unknown value").arg(m_pos));
                break;
            }
            out.append(*e);
        }
        return out;
    }

    QStringList stringList()
    {
        QStringList out;
        const QCborArray items = array();
        out.reserve(items.size());
        for (const QCborValue& v : items) {
            if (!v.isString()) {
                fail(QStringLiteral("field %1 holds a non-string").arg(m_pos));
                break;
            }
            out.append(v.toString());
        }
        return out;
    }

    // A reader of the next field, itself an encoded struct.
    Reader nested(const QString& what)
    {
        const QCborArray items = array();
        return Reader(items, m_what + u'.' + what, m_status);
    }

    DecodeStatus* status() const { return m_status; }

private:
    QCborArray m_array;
    QString m_what;
    DecodeStatus* m_status;
    qsizetype m_pos = 0;
};

Workload decodeWorkload(Reader& r)
{
    Workload w;
    w.id = r.string();
    w.name = r.string();
    w.kind = r.enumValue<WorkloadKind>();
    w.exposure = r.enumValue<Exposure>();
    w.clients = r.enumList<ClientKind>();
    {
        Reader t = r.nested(QStringLiteral("traffic"));
        w.traffic.pattern = t.enumValue<TrafficPattern>();
        w.traffic.peakRps = t.optNumber();
        w.traffic.averageRps = t.optNumber();
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
    const QCborArray uses = r.array();
    w.uses.reserve(uses.size());
    for (const QCborValue& u : uses) {
        if (!u.isArray()) {
            r.fail(QStringLiteral("a use is not a list"));
            break;
        }
        Reader ur(u.toArray(), QStringLiteral("workload %1 use").arg(w.id), r.status());
        Use use;
        use.to = ur.string();
        use.mode = ur.enumValue<UseMode>();
        use.access = ur.enumValue<Access>();
        w.uses.append(use);
    }
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
    return c;
}

template<typename T, typename Decode> QList<T> decodeList(Reader& r, const QString& what, Decode decode)
{
    QList<T> out;
    const QCborArray items = r.array();
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && r.ok(); ++i) {
        if (!items.at(i).isArray()) {
            r.fail(QStringLiteral("%1 %2 is not a list").arg(what).arg(i));
            break;
        }
        Reader item(items.at(i).toArray(), QStringLiteral("%1 %2").arg(what).arg(i), r.status());
        out.append(decode(item));
    }
    return out;
}

} // namespace

QByteArray ModelCodec::encode(const Model& model)
{
    const System& s = model.system;
    const QCborArray system{s.name,
                            s.description,
                            enc(s.stage),
                            enc(s.cloud),
                            encStrings(s.regions),
                            s.availabilityTarget,
                            encOpt(s.rtoMinutes),
                            encOpt(s.rpoMinutes)};
    QCborArray priorities;
    for (int w : model.priorities.weights)
        priorities.append(qint64(w));
    const Team& t = model.team;
    QCborArray skills;
    for (const Skill& skill : t.skills)
        skills.append(QCborArray{skill.language, qint64(skill.level)});
    const QCborArray team{
        qint64(t.size),       qint64(t.teams),        enc(t.opsMaturity),       skills,
        encStrings(t.hiring), encEnums(t.compliance), encOpt(t.budgetUsdMonth), enc(t.releaseCadence)};
    QCborArray environments;
    for (const Environment& e : model.environments)
        environments.append(QCborArray{e.name, e.account, e.region});
    QCborArray workloads;
    for (const Workload& w : model.workloads)
        workloads.append(gw::encode(w));
    QCborArray data;
    for (const DataStore& d : model.data)
        data.append(gw::encode(d));
    QCborArray channels;
    for (const Channel& c : model.channels)
        channels.append(gw::encode(c));
    QCborArray decisions;
    for (const Decision& d : model.decisions)
        decisions.append(QCborArray{d.subject, d.choice, enc(d.status), d.reason});

    const QCborArray root{qint64(kEncodingVersion),
                          qint64(model.formatVersion),
                          system,
                          priorities,
                          team,
                          environments,
                          workloads,
                          data,
                          channels,
                          decisions};
    return QCborValue(root).toCbor();
}

std::optional<Model> ModelCodec::decode(const QByteArray& bytes, QString* error)
{
    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(bytes, &parseError);
    if (parseError.error != QCborError::NoError || !value.isArray()) {
        if (error)
            *error = QStringLiteral("the stored model is not readable (%1)").arg(parseError.errorString());
        return std::nullopt;
    }
    DecodeStatus status;
    Reader r(value.toArray(), QStringLiteral("model"), &status);
    if (const int version = r.integer(); r.ok() && version != kEncodingVersion)
        r.fail(QStringLiteral("encoding version %1 is not %2").arg(version).arg(kEncodingVersion));
    if (!r.ok()) {
        if (error)
            *error = status.error;
        return std::nullopt;
    }
    Model m;
    m.formatVersion = r.integer();
    {
        Reader s = r.nested(QStringLiteral("system"));
        m.system.name = s.string();
        m.system.description = s.string();
        m.system.stage = s.enumValue<Stage>();
        m.system.cloud = s.enumValue<Cloud>();
        m.system.regions = s.stringList();
        m.system.availabilityTarget = s.number();
        m.system.rtoMinutes = s.optInteger();
        m.system.rpoMinutes = s.optInteger();
    }
    {
        Reader p = r.nested(QStringLiteral("priorities"));
        for (int& w : m.priorities.weights)
            w = p.integer();
    }
    {
        Reader t = r.nested(QStringLiteral("team"));
        m.team.size = t.integer();
        m.team.teams = t.integer();
        m.team.opsMaturity = t.enumValue<OpsMaturity>();
        m.team.skills = decodeList<Skill>(t, QStringLiteral("skill"), [](Reader& s) {
            Skill skill;
            skill.language = s.string();
            skill.level = s.integer();
            return skill;
        });
        m.team.hiring = t.stringList();
        m.team.compliance = t.enumList<Compliance>();
        m.team.budgetUsdMonth = t.optNumber();
        m.team.releaseCadence = t.enumValue<ReleaseCadence>();
    }
    m.environments = decodeList<Environment>(r, QStringLiteral("environment"), [](Reader& e) {
        Environment env;
        env.name = e.string();
        env.account = e.string();
        env.region = e.string();
        return env;
    });
    m.workloads = decodeList<Workload>(r, QStringLiteral("workload"), decodeWorkload);
    m.data = decodeList<DataStore>(r, QStringLiteral("data store"), decodeDataStore);
    m.channels = decodeList<Channel>(r, QStringLiteral("channel"), decodeChannel);
    m.decisions = decodeList<Decision>(r, QStringLiteral("decision"), [](Reader& d) {
        Decision decision;
        decision.subject = d.string();
        decision.choice = d.string();
        decision.status = d.enumValue<DecisionStatus>();
        decision.reason = d.string();
        return decision;
    });
    if (!r.ok()) {
        if (error)
            *error = status.error;
        return std::nullopt;
    }
    return m;
}

} // namespace gw

#include "modelcodec.h"

#include "../io/limits.h"

#include <QCborStreamReader>
#include <QCborStreamWriter>

namespace gw {

namespace {

// One item of an encoded struct: a field, or the run of fields of one nested struct (a workload's
// traffic, an element's ownership), which is encoded as an array of its own.
struct CodecItem
{
    std::size_t begin = 0;
    std::size_t end = 0;
};

template<typename T> const std::vector<CodecItem>& codecItems()
{
    static const std::vector<CodecItem> items = [] {
        std::vector<CodecItem> out;
        const std::vector<FieldDescriptor<T>>& list = fieldList<T>();
        for (std::size_t i = 0; i < list.size();) {
            std::size_t end = i + 1;
            while (list[i].part && end < list.size() && list[end].part == list[i].part)
                ++end;
            out.push_back({i, end});
            i = end;
        }
        return out;
    }();
    return items;
}

// The last field each struct had when fields began to be appended (a fact of history: never change
// these). Later fields are read only when present, so that project files saved before them open.
template<typename T> constexpr std::string_view kLastOriginalField;
template<> constexpr std::string_view kLastOriginalField<Workload> = "uses";
template<> constexpr std::string_view kLastOriginalField<DataStore> = "retention_days";
template<> constexpr std::string_view kLastOriginalField<Channel> = "replay";
template<> constexpr std::string_view kLastOriginalField<System> = "rpo_minutes";
template<> constexpr std::string_view kLastOriginalField<Team> = "release_cadence";
template<> constexpr std::string_view kLastOriginalField<Environment> = "region";

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

    void put(const Use& u) { array(u.to, u.mode, u.access); }
    void put(const Skill& s) { array(s.language, s.level); }

    void put(const Workload& w) { fields(w); }
    void put(const DataStore& d) { fields(d); }
    void put(const Channel& c) { fields(c); }
    void put(const System& s) { fields(s); }
    void put(const Team& t) { fields(t); }
    void put(const Environment& e) { fields(e); }
    void put(const Priorities& p)
    {
        m_w.startArray(p.weights.size());
        for (int w : p.weights)
            put(w);
        m_w.endArray();
    }

    // T's fields in the order of its list; the fields of one nested struct (traffic, ownership) as one
    // array of their own, and a Custom field as the list it is.
    template<typename T> void fields(const T& x)
    {
        const std::vector<CodecItem>& items = codecItems<T>();
        m_w.startArray(items.size());
        for (const CodecItem& item : items) {
            if (item.end - item.begin > 1 || fieldList<T>()[item.begin].part)
                m_w.startArray(item.end - item.begin);
            for (std::size_t i = item.begin; i < item.end; ++i)
                field(fieldList<T>()[i], x);
            if (item.end - item.begin > 1 || fieldList<T>()[item.begin].part)
                m_w.endArray();
        }
        m_w.endArray();
    }
    template<typename T> void field(const FieldDescriptor<T>& d, const T& x)
    {
        if (d.type == FieldType::Custom) {
            custom(d.key, x);
            return;
        }
        const FieldData value = d.get(x);
        switch (d.type) {
        case FieldType::Text:
            put(std::get<QString>(value));
            break;
        case FieldType::Bool:
            put(std::get<bool>(value));
            break;
        case FieldType::Int:
            if (const int* v = std::get_if<int>(&value))
                put(*v);
            else
                m_w.append(nullptr);
            break;
        case FieldType::Number:
            if (const double* v = std::get_if<double>(&value))
                put(*v);
            else
                m_w.append(nullptr);
            break;
        case FieldType::Enum:
            put(enumText(d, std::get<int>(value)));
            break;
        case FieldType::EnumList:
        case FieldType::TextList:
            put(std::get<QStringList>(value));
            break;
        case FieldType::Custom:
            break;
        }
    }
    void custom(std::string_view, const Workload& w) { put(w.uses); }
    void custom(std::string_view, const Team& t) { put(t.skills); }
    template<typename T> void custom(std::string_view, const T&) {}

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

    // An enum field's index in `names`, stored by name.
    int enumIndex(std::span<const std::string_view> names)
    {
        const QString text = string();
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (text == QLatin1StringView(names[i].data(), static_cast<qsizetype>(names[i].size())))
                return static_cast<int>(i);
        }
        fail(QStringLiteral("'%1' is not a known value").arg(text));
        return 0;
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

void decodeCustom(Reader& r, Workload& w)
{
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
}

void decodeCustom(Reader& r, Team& t)
{
    t.skills = r.list<Skill>(QStringLiteral("skill"), [](Reader& s) {
        Skill skill;
        skill.language = s.string();
        skill.level = s.integer();
        return skill;
    });
    r.setContext(QStringLiteral("team"));
}

template<typename T> void decodeCustom(Reader&, T&)
{
}

template<typename T> void decodeField(Reader& r, const FieldDescriptor<T>& d, T& x)
{
    switch (d.type) {
    case FieldType::Text:
        d.set(x, r.string());
        return;
    case FieldType::Bool:
        d.set(x, r.boolean());
        return;
    case FieldType::Int:
        if (d.optional && r.takeNull())
            d.set(x, FieldData());
        else
            d.set(x, r.integer());
        return;
    case FieldType::Number:
        if (d.optional && r.takeNull())
            d.set(x, FieldData());
        else
            d.set(x, r.number());
        return;
    case FieldType::Enum:
        d.set(x, r.enumIndex(d.enumNames));
        return;
    case FieldType::EnumList: {
        QStringList names;
        if (r.enter()) {
            while (r.hasNext())
                names.append(enumText(d, r.enumIndex(d.enumNames)));
            r.leave();
        }
        d.set(x, names);
        return;
    }
    case FieldType::TextList:
        d.set(x, r.stringList());
        return;
    case FieldType::Custom:
        decodeCustom(r, x);
        return;
    }
}

// T from the fields of its list (see Writer::fields).
template<typename T> T decodeFields(Reader& r)
{
    T x;
    const std::vector<FieldDescriptor<T>>& list = fieldList<T>();
    static const std::size_t lastOriginal = [&list] {
        std::size_t i = 0;
        while (i < list.size() && list[i].key != kLastOriginalField<T>)
            ++i;
        return i;
    }();
    for (const CodecItem& item : codecItems<T>()) {
        if (item.begin > lastOriginal && !r.hasNext())
            break; // saved before this field existed
        const bool nested = item.end - item.begin > 1 || list[item.begin].part;
        if (nested && !r.enter())
            continue;
        for (std::size_t i = item.begin; i < item.end; ++i)
            decodeField(r, list[i], x);
        if (nested)
            r.leave();
    }
    return x;
}

Priorities decodePriorities(Reader& r)
{
    Priorities p;
    for (int& w : p.weights)
        w = r.integer();
    return p;
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
        return decodeFields<System>(r);
    else if constexpr (std::is_same_v<Part, Priorities>)
        return decodePriorities(r);
    else if constexpr (std::is_same_v<Part, Team>)
        return decodeFields<Team>(r);
    else if constexpr (std::is_same_v<Part, Environment>)
        return decodeFields<Environment>(r);
    else if constexpr (std::is_same_v<Part, Workload>)
        return decodeFields<Workload>(r);
    else if constexpr (std::is_same_v<Part, DataStore>)
        return decodeFields<DataStore>(r);
    else if constexpr (std::is_same_v<Part, Channel>)
        return decodeFields<Channel>(r);
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
            m.system = decodeFields<System>(r);
            r.leave();
        }
        r.setContext(QStringLiteral("priorities"));
        if (r.enter()) {
            m.priorities = decodePriorities(r);
            r.leave();
        }
        r.setContext(QStringLiteral("team"));
        if (r.enter()) {
            m.team = decodeFields<Team>(r);
            r.leave();
        }
        m.environments = r.list<Environment>(QStringLiteral("environment"), decodeFields<Environment>);
        m.workloads = r.list<Workload>(QStringLiteral("workload"), decodeFields<Workload>);
        m.data = r.list<DataStore>(QStringLiteral("data store"), decodeFields<DataStore>);
        m.channels = r.list<Channel>(QStringLiteral("channel"), decodeFields<Channel>);
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

#include "storedmodel_p.h"

#include "boundedinflate_p.h"
#include "modelcodec.h"

#include "../io/limits.h"

namespace gw::store {

namespace {

constexpr int kCompressionLevel = 1;

} // namespace

QByteArray packModel(const Model& model)
{
    return qCompress(ModelCodec::encode(model), kCompressionLevel);
}

std::optional<Model> unpackModel(qint64 encoding, const QByteArray& blob, QString* error)
{
    if (encoding != kStoredEncoding) {
        *error = QStringLiteral("the stored model has an unknown encoding (%1)").arg(encoding);
        return std::nullopt;
    }
    QString why;
    const std::optional<QByteArray> cbor = inflateBounded(blob, limits::kMaxStoredModelBytes, &why);
    if (!cbor || cbor->isEmpty()) {
        *error = QStringLiteral("the stored model is damaged (%1)")
                     .arg(cbor ? QStringLiteral("it is empty") : why);
        return std::nullopt;
    }
    return ModelCodec::decode(*cbor, error);
}

} // namespace gw::store

#include "storedmodel_p.h"

#include "modelcodec.h"

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
    const QByteArray cbor = qUncompress(blob);
    if (cbor.isEmpty()) {
        *error = QStringLiteral("the stored model is damaged (it does not decompress)");
        return std::nullopt;
    }
    return ModelCodec::decode(cbor, error);
}

} // namespace gw::store

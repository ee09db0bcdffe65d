// ModelCodec: a compact binary (CBOR) encoding of a Model for the project file, lossless and several
// times faster to read than the YAML; the YAML stays the interchange format.
#pragma once

#include "../model/model.h"

#include <QByteArray>

#include <optional>

namespace gw {

class ModelCodec
{
public:
    // Bumped when the layout of the encoding changes; stored beside every encoded model.
    static constexpr int kEncodingVersion = 1;

    static QByteArray encode(const Model& model);
    // nullopt when the bytes are not a model of this encoding (a damaged file); `error` says where.
    static std::optional<Model> decode(const QByteArray& bytes, QString* error = nullptr);
};

} // namespace gw

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

    // One part of a model in the same encoding as inside the whole: a snapshot also keeps its parts
    // apart, so a diff of two snapshots decodes only the parts that differ. A part is a System,
    // Priorities, Team, Environment, Workload, DataStore, Channel or Decision. decodePart() is false
    // when the bytes are not such a part.
    template<typename Part> static QByteArray encodePart(const Part& part);
    template<typename Part> static bool decodePart(const QByteArray& bytes, Part& out);
};

} // namespace gw

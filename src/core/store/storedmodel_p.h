// How a whole model is stored in the project file (the current model, each snapshot): CBOR (ModelCodec)
// compressed with zlib, which keeps a hundred snapshots of a large model small without costing much time.
#pragma once

#include "../model/model.h"

#include <QByteArray>

#include <optional>

namespace gw::store {

constexpr int kStoredEncoding = 1; // stored beside every blob

QByteArray packModel(const Model& model);
// nullopt with `error` set when the blob is not a model of a known encoding.
std::optional<Model> unpackModel(qint64 encoding, const QByteArray& blob, QString* error);

} // namespace gw::store

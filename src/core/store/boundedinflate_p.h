// Decompresses a blob written by qCompress (a 4-byte big-endian size, then a zlib stream) without ever
// trusting that size: qUncompress allocates whatever the header claims before zlib can find the data
// damaged, and grows its buffer without bound when the stream is longer than claimed, so a few
// kilobytes of a stranger's project file could make the process ask for gigabytes.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace gw::store {

// The decompressed bytes, or nullopt with `error` set when the blob is damaged, claims more than
// `maxBytes`, claims more than its compressed size can hold (zlib's ratio is at most 1032:1), or does
// not decompress to exactly the size it claims. Never allocates more than the claimed size, and only
// once the claim has passed both checks.
std::optional<QByteArray> inflateBounded(const QByteArray& blob, qsizetype maxBytes, QString* error);

} // namespace gw::store

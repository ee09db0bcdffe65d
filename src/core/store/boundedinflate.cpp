#include "boundedinflate_p.h"

#include <zlib.h>

#include <QLocale>

namespace gw::store {

namespace {

constexpr qsizetype kHeaderBytes = 4;
// zlib's deflate cannot compress better than 1032:1 (zlib's technical details, "Maximum compression
// factor", https://zlib.net/zlib_tech.html, checked 2026-12-04); a claim above that is a lie.
constexpr qint64 kMaxDeflateRatio = 1032;

// "3,907,578,088 bytes": the size as a reader of the message counts it, whatever the user's locale.
QString bytes(qint64 n)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(n) + QStringLiteral(" bytes");
}

} // namespace

std::optional<QByteArray> inflateBounded(const QByteArray& blob, qsizetype maxBytes, QString* error)
{
    if (blob.size() < kHeaderBytes) {
        *error = QStringLiteral("it is too short to hold its size");
        return std::nullopt;
    }
    const auto* data = reinterpret_cast<const uchar*>(blob.constData());
    const qint64 claimed =
        (qint64(data[0]) << 24) | (qint64(data[1]) << 16) | (qint64(data[2]) << 8) | data[3];
    const qint64 compressed = blob.size() - kHeaderBytes;
    if (claimed > maxBytes) {
        *error =
            QStringLiteral("it claims %1 when decompressed, more than the %2 MiB a stored model may take")
                .arg(bytes(claimed))
                .arg(maxBytes / (1024 * 1024));
        return std::nullopt;
    }
    if (claimed > compressed * kMaxDeflateRatio) {
        *error = QStringLiteral("it claims %1 when decompressed, more than its %2 can hold")
                     .arg(bytes(claimed), bytes(compressed));
        return std::nullopt;
    }

    QByteArray out(qsizetype(claimed), Qt::Uninitialized);
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK) {
        *error = QStringLiteral("zlib could not start");
        return std::nullopt;
    }
    stream.next_in = const_cast<Bytef*>(data + kHeaderBytes);
    stream.avail_in = uInt(compressed);
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(claimed);
    int rc = inflate(&stream, Z_FINISH);
    bool complete = rc == Z_STREAM_END && stream.avail_out == 0;
    // The claimed size is full but the stream has not ended: one more byte tells a stream that is
    // longer than it says from one whose end marker simply had not been read yet.
    if (!complete && stream.avail_out == 0 && (rc == Z_OK || rc == Z_BUF_ERROR)) {
        Bytef probe = 0;
        stream.next_out = &probe;
        stream.avail_out = 1;
        rc = inflate(&stream, Z_FINISH);
        if (stream.avail_out == 0) {
            inflateEnd(&stream);
            *error = QStringLiteral("it decompresses to more than the %1 it claims").arg(bytes(claimed));
            return std::nullopt;
        }
        complete = rc == Z_STREAM_END;
    }
    inflateEnd(&stream);
    if (!complete) {
        *error = QStringLiteral("it does not decompress");
        return std::nullopt;
    }
    return out;
}

} // namespace gw::store

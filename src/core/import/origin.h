// Origin: the place in an input an imported value was read from, as the model's comments and the
// import summary cite it ("docker-compose.yml:23").
#pragma once

#include <QString>

namespace gw {

struct Origin
{
    QString file; // as the user named it, or found under a folder the user named
    int line = 0; // 1-based; 0 when unknown

    bool isValid() const { return !file.isEmpty(); }
    QString toString() const { return line > 0 ? file + u':' + QString::number(line) : file; }
    bool operator==(const Origin&) const = default;
};

} // namespace gw

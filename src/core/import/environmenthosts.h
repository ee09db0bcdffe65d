// The host names an environment variable's value names, so that a service's configuration shows what
// it depends on: the host of each URL (`postgres://user:pw@db:5432/app` names `db`), each host:port
// (`cache:6379`), and, in a variable whose name says it holds hosts (ImportMapping::namesHost), each
// bare word (`DB_HOST=db`). Credentials, paths, ports and query strings are dropped on the way and the
// value itself is never kept.
#pragma once

#include <QStringList>

namespace gw {

class ImportMapping;

// Lower case, in order, each once.
QStringList hostsNamedBy(const QString& variable, const QString& value, const ImportMapping& mapping);

} // namespace gw

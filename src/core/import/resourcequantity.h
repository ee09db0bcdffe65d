// Memory and CPU as Compose files and Kubernetes manifests write them ("512m", "1.5g", "256Mi",
// "500m" of a core), read into the model's units: MiB and cores.
#pragma once

#include <QString>

#include <optional>

namespace gw::resourcequantity {

// Docker's byte units: b, k, m, g (binary; "kb", "mb", "gb" alike), a plain number is bytes.
std::optional<int> composeMebibytes(const QString& text);
// Kubernetes quantities: Ki, Mi, Gi, Ti, Pi (binary), k, M, G, T, P (decimal), exponents, plain bytes.
std::optional<int> kubernetesMebibytes(const QString& text);
// Cores: "1.5", or Kubernetes' millicores "500m".
std::optional<double> cores(const QString& text);

} // namespace gw::resourcequantity

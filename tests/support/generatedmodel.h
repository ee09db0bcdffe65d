// GeneratedModel: large, valid, deterministic models for benchmarks and scale tests.
#pragma once

#include "core/model/model.h"

namespace gw::testsupport {

struct ModelSize
{
    int workloads = 0;
    int dataStores = 0;
    int channels = 0;
};

// A valid model of the given size: every workload uses a few data stores and channels, every channel
// has a publisher and a consumer. The same size always gives the same model.
Model generateModel(const ModelSize& size);

} // namespace gw::testsupport

// RecommendationFormat: recommendations as text for people and tools: the JSON of the CLI contract
// (model-format.md, plus "sensitivity" per decision), a table for a 100-column terminal, and Markdown.
// Every output is deterministic: same recommendations, same bytes.
#pragma once

#include "recommendation.h"

#include <QByteArray>

#include <functional>

namespace gw {

class RecommendationFormat
{
public:
    static QByteArray toJson(const Recommendations& r);
    // The same JSON, handed to `sink` a chunk at a time as it is written.
    static void writeJson(const Recommendations& r, const std::function<void(const QByteArray&)>& sink);
    static QString toTable(const Recommendations& r, int width = 100);
    static QString toMarkdown(const Recommendations& r);
};

} // namespace gw

// DiagramOptions: how a topology is drawn (direction, edge routing), shared by every output format.
#pragma once

#include <QString>

namespace gw {

enum class LayoutDirection { LeftToRight, TopToBottom };

struct DiagramOptions
{
    // Orthogonal edges are offered only where Debian 12's Graphviz stays fast and does not crash: with
    // uniform node sizes, no edge labels, and at most this many nodes.
    static constexpr int kMaxOrthoNodes = 150;

    LayoutDirection direction = LayoutDirection::LeftToRight;
    bool orthogonal = false;
    bool icons = true; // icons need the layout helper's image folder; DOT written for users has none
};

} // namespace gw

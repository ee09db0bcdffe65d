// NodeLabel: the text of a diagram box as Graphviz sizes it: the lines its name and pick are broken
// into, the font sizes and the table's padding. DotWriter writes the box from these and the app's
// scene draws into the box Graphviz made; drawn any other way, the text no longer fits its box.
#pragma once

#include <QString>
#include <QStringList>

namespace gw::nodelabel {

// Font sizes in points; the layout's unit is the point, so in the scene they are sizes in scene units.
constexpr int kNameSize = 10;  // bold
constexpr int kDetailSize = 9; // the kind and the pick
constexpr int kBadgeSize = 8;  // bold
constexpr int kEdgeLabelSize = 9;
// The smallest text a diagram shows, in points (scene units): a view scaled by s shows it s times as high.
constexpr int kSmallestSize = kDetailSize;

constexpr int kBorder = 1;
constexpr int kCellPadding = 3;
constexpr int kBadgePadding = 2;
constexpr int kIconSize = 26;

constexpr int nameWrap(bool orthogonal)
{
    return orthogonal ? 24 : 30;
}
constexpr int pickWrap(bool orthogonal)
{
    return orthogonal ? 30 : 38;
}

// Graphviz does not wrap HTML text itself, and long text would make one box dominate its rank: `text`
// broken at spaces into lines of about `width` characters (a longer word keeps a line to itself).
QStringList wrap(const QString& text, int width);

} // namespace gw::nodelabel

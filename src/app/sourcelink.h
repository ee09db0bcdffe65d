// A rule's or a score's source as HTML for the app's panes: a link when it is a web address, plain text
// otherwise (a brief's section title), escaped either way.
#pragma once

#include <QString>

namespace gw {

QString sourceLinkHtml(const QString& source);

} // namespace gw

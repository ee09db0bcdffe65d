// TextEscape: every user string that goes into a diagram passes through one of these, one per target
// language, so that a name like `a"b<c>&{d}|e` is shown as written and never read as syntax.
#pragma once

#include <QString>

namespace gw::textescape {

// Graphviz HTML-like labels and XML text or attribute values: & < > " ' as entities, control
// characters dropped, line breaks as spaces.
QString xml(const QString& text);
// Mermaid labels inside "...": everything but letters, digits and plain punctuation as #NNN; codes.
QString mermaid(const QString& text);
// PlantUML strings inside "..." (C4 macro arguments): everything but letters, digits and plain
// punctuation as &#NNN; (creole), so neither the preprocessor ($, %, !) nor creole (<b>, **) reads it.
QString plantUml(const QString& text);
// Structurizr DSL strings inside "...": \" and \\ escaped, ${ broken so that no substitution happens,
// line breaks as spaces.
QString structurizr(const QString& text);
// An identifier made of [A-Za-z0-9_] only, for languages whose identifiers we generate from ids.
QString identifier(const QString& text);

} // namespace gw::textescape

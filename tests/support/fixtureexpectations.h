// FixtureExpectations: what a fixture file says its loading must report, for the data-driven tests of
// bad models and bad rule packs.
#pragma once

#include "core/io/diagnostic.h"

#include <QStringList>

namespace gw::testsupport {

// The "# expect: 12:7: error: message" lines of a fixture, from its sidecar <name>.expect when there is
// one (for binary fixtures that cannot hold a comment), else from the file itself.
QStringList fixtureExpectations(const QString& path);

// "12:7: error: message": a diagnostic as the expect lines write it.
QString expectationForm(const Diagnostic& diagnostic);

} // namespace gw::testsupport

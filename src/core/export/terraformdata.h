// TerraformData: what the Terraform exporter knows per cloud, as data under exports/terraform/: which
// engine a data store's or a channel's pick becomes (engines.yaml) and the words of the steps the
// skeleton leaves to the team (notes.yaml). A new engine or a reworded note needs no C++.
#pragma once

#include "../io/diagnostic.h"

#include <QHash>
#include <QVariantMap>

#include <optional>

namespace gw {

// An engine: the provider's resource family the templates branch on.
struct TerraformEngine
{
    QString name;
    int port = 443;
    bool networked = false; // reached on `port` inside the network rather than through the cloud's API
    QString note;           // the key of a note every export that uses it carries; may be empty
};

class TerraformData
{
public:
    enum class Element { DataStore, Channel };

    // The built-in tables, read once from the resources. A problem in them is a defect of ours: a test
    // holds problems() empty.
    static const TerraformData& builtIn();
    // Reads the two documents; every problem, positioned, in problems().
    static TerraformData read(const QByteArray& engines, const QByteArray& notes);

    // The engine of the first row for `cloud` ("aws", "gcp" or "azure") that matches; a row narrows by
    // family, candidate and (for channels) ordering. An empty name when no row matches.
    TerraformEngine engine(Element element, const QString& cloud, const QString& family,
                           const QString& candidate, bool ordered = false) const;
    // The note `key` with its Mustache values ({{id}}, {{candidate}}, {{residency}}) filled in; empty
    // when there is no such note.
    QString note(const QString& key, const QVariantMap& values) const;
    // The families the rows of `element` name on any cloud, once each (a test holds them to the kinds'
    // declared families, so that a renamed family fails it rather than an export).
    QStringList families(Element element) const;
    // The candidates the rows of `element` name, once each (held to the catalog's candidates likewise).
    QStringList candidates(Element element) const;
    // Every note's key, in no particular order ("<kind>/<candidate>" keys are held to the catalog).
    QStringList noteKeys() const { return m_notes.keys(); }

    const Diagnostics& problems() const { return m_problems; }

private:
    struct Row
    {
        QString family;    // empty: any
        QString candidate; // empty: any
        std::optional<bool> ordered;
        TerraformEngine engine;
    };
    static QString rowsKey(Element element, const QString& cloud);
    // The non-empty values of one field of the rows of `element` on any cloud, once each, in order.
    QStringList distinct(Element element, QString Row::*field) const;

    QHash<QString, QList<Row>> m_rows; // by rowsKey()
    QHash<QString, QString> m_notes;
    Diagnostics m_problems;
    friend class TerraformDataReader;
};

} // namespace gw

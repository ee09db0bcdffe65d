#include "importformat.h"

#include "importyaml_p.h"
#include "terraformimporter.h"

using namespace Qt::StringLiterals;

namespace gw {

DetectedFormat detectImportFormat(const QByteArray& bytes, const QString& fileName)
{
    DetectedFormat out;
    if (TerraformImporter::looksLikeTerraform(bytes)) {
        out.format = ImportFormat::Terraform; // its reader reports a malformed file, positioned
        return out;
    }
    const importyaml::Stream stream = importyaml::parseStream(bytes, fileName);
    if (stream.error) {
        out.error = stream.error;
        return out;
    }
    try {
        for (const importyaml::Document& doc : stream.documents) {
            if (!doc.root.IsMap())
                continue;
            if (importyaml::get(doc.root, "apiVersion").IsScalar() &&
                importyaml::get(doc.root, "kind").IsScalar()) {
                out.format = ImportFormat::Kubernetes;
                return out;
            }
            const YAML::Node services = importyaml::get(doc.root, "services");
            if (stream.documents.size() == 1 && services.IsDefined())
                out.format = ImportFormat::Compose;
            return out;
        }
    } catch (const importyaml::MergeTooDeep&) {
        // Reported with its position by the importer that reads the file.
        out.format = ImportFormat::Compose;
    }
    return out;
}

QString formatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Compose:
        return u"Compose"_s;
    case ImportFormat::Kubernetes:
        return u"Kubernetes"_s;
    case ImportFormat::Terraform:
        return u"Terraform"_s;
    case ImportFormat::Unknown:
        break;
    }
    return u"unknown"_s;
}

} // namespace gw

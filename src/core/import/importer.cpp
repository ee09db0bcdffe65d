#include "importer.h"

#include "../io/modelwriter.h"
#include "composeimporter.h"
#include "importformat.h"
#include "kubernetesimporter.h"
#include "modelannotator.h"
#include "modelassembler.h"
#include "terraformimporter.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace gw {

ImportResult Importer::run(const QList<ImportInput>& inputs, const ImportMapping& mapping,
                           const ImportOptions& options)
{
    ComposeImporter compose(mapping, options.profiles);
    KubernetesImporter kubernetes(mapping);
    TerraformImporter terraform(mapping);
    Diagnostics diagnostics;
    QStringList read;
    QStringList skipped;
    for (const ImportInput& input : inputs) {
        const DetectedFormat detected = detectImportFormat(input.bytes, input.file);
        if (detected.error) {
            diagnostics.append(*detected.error);
            continue;
        }
        switch (detected.format) {
        case ImportFormat::Compose:
            compose.add(input.bytes, input.file, diagnostics);
            break;
        case ImportFormat::Kubernetes:
            kubernetes.add(input.bytes, input.file, diagnostics);
            break;
        case ImportFormat::Terraform:
            terraform.add(input.bytes, input.file, diagnostics);
            break;
        case ImportFormat::Unknown:
            if (input.named) {
                Diagnostic d;
                d.location.file = input.file;
                d.message = u"not a Compose file (a mapping with 'services'), a Kubernetes manifest (objects "
                            "with apiVersion and kind) or a Terraform state or plan (JSON)"_s;
                diagnostics.append(d);
            } else {
                skipped.append(input.file);
            }
            continue;
        }
        read.append(u"%1 (%2)"_s.arg(input.file, formatName(detected.format)));
    }
    ImportedSystem system;
    compose.finish(system);
    kubernetes.finish(system);
    terraform.finish(system);
    QString fallbackName;
    QString fallbackWhy;
    if (!inputs.isEmpty()) {
        QDir folder = QFileInfo(inputs.front().file).absoluteDir();
        // A workspace's state (NAME/terraform.tfstate.d/WORKSPACE/) is named for the configuration's folder.
        if (folder.cdUp() && folder.dirName() == u"terraform.tfstate.d"_s && folder.cdUp())
            fallbackName = folder.dirName();
        else
            fallbackName = QFileInfo(inputs.front().file).absoluteDir().dirName();
        fallbackWhy = u"from the name of the folder of %1"_s.arg(inputs.front().file);
    }
    ImportResult result = ModelAssembler::assemble(system, mapping, fallbackName, fallbackWhy);
    result.inputs = read;
    for (const QString& file : std::as_const(skipped))
        result.remarks.append(
            u"%1: not a Compose file, a Kubernetes manifest or a Terraform state; skipped"_s.arg(file));
    result.diagnostics = diagnostics + result.diagnostics;
    sortDiagnostics(result.diagnostics);
    return result;
}

QByteArray Importer::yaml(const ImportResult& result)
{
    QStringList files;
    for (const QString& input : result.inputs)
        files.append(input.left(input.lastIndexOf(u" ("_s)));
    const QStringList header{
        u"Imported by groundwork-cli import from %1."_s.arg(files.join(u", "_s)),
        u"Each comment says where a value was read. Set every TODO, then check the model with"_s,
        u"groundwork-cli validate and see the advice with groundwork-cli score."_s};
    return ModelAnnotator::annotate(ModelWriter::toYaml(result.model), result.notes, header);
}

} // namespace gw

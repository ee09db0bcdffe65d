// ImportedComponent: one piece of running software found in the inputs (a Compose service, a
// Kubernetes Deployment), as its format describes it, before the mapping decides what it is in the
// model. Every importer produces these, so that classifying them is written once (ModelAssembler).
#pragma once

#include "../model/workload.h"
#include "origin.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace gw {

// A value read from an input, with where and why.
template<typename T> struct Sourced
{
    T value{};
    Origin origin;
    QString why; // "publishes port 8080", "Service \"web\" of type LoadBalancer"
};

// A dependency of a component on another one, named by the other's key.
struct ImportedReference
{
    QString target;
    QString via; // "depends_on", "links", "environment DATABASE_URL": names only, never a value
    Origin origin;
};

struct ImportedComponent
{
    QString key;   // unique among the import's components: a service name, "namespace/name"
    QString name;  // as the input names it, for the model's id and name
    QString label; // how messages name it: service "web", Deployment "shop/frontend"
    QString type;  // what it is in its format, for the summary: "Compose service", "Kubernetes Job"
    Origin origin; // where it is declared

    std::optional<Sourced<QString>> image;
    QStringList command; // its words, to match programs against; never written anywhere
    Origin commandOrigin;
    std::optional<Sourced<WorkloadKind>> fixedKind; // what its controller makes it: a Job is a batch
    std::optional<Sourced<bool>> stateful;
    std::optional<Sourced<bool>> needsOsControl;
    bool listens = false;                      // declares ports another component could call
    std::optional<Sourced<Exposure>> exposure; // when the input says who can reach it
    std::optional<Sourced<int>> memoryMb;
    std::optional<Sourced<double>> cpuCores;
    QList<ImportedReference> references;
    QString computePin; // the compute candidate its platform fixes ("kubernetes"); empty: none
    Origin computeOrigin;
};

// Everything the importers found, for the assembler.
struct ImportedSystem
{
    std::optional<Sourced<QString>> name; // the project's or namespace's name
    QList<ImportedComponent> components;
    // What was read and left out, by type ("Kubernetes Secret", "Compose service with a disabled
    // profile"), with counts: the summary lists every one.
    QMap<QString, int> ignored;
    QStringList remarks; // summary lines about the inputs ("env_file .env: not read")
};

} // namespace gw

// ImportedComponent: one piece of running software found in the inputs (a Compose service, a
// Kubernetes Deployment), as its format describes it, before the mapping decides what it is in the
// model. Every importer produces these, so that classifying them is written once (ModelAssembler).
#pragma once

#include "../model/channel.h"
#include "../model/datastore.h"
#include "../model/system.h"
#include "../model/workload.h"
#include "elementrole.h"
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
    std::optional<UseMode> mode; // towards a channel, when the input says (an event source consumes)
};

// What a component is by its type rather than its image, when its format says (a Terraform resource
// type): the role ImportMapping's images would otherwise give it.
struct ImportedRole
{
    ElementRole role = ElementRole::Workload;
    std::optional<WorkloadKind> kind;
    DataShape shape = DataShape::Relational;
    ChannelKind channelKind = ChannelKind::Queue;
    QString product;    // "Amazon RDS"
    QString pin;        // the candidate of its database or messaging decision
    QString pinWhy;     // "engine postgres", for the reason
    QString skipReason; // for a Skip role
    Origin origin;
    QString why; // "aws_db_instance is Amazon RDS"
};

struct ImportedComponent
{
    QString key;   // unique among the import's components: a service name, "namespace/name"
    QString name;  // as the input names it, for the model's id and name
    QString label; // how messages name it: service "web", Deployment "shop/frontend"
    QString type;  // what it is in its format, for the summary: "Compose service", "Kubernetes Job"
    Origin origin; // where it is declared

    std::optional<ImportedRole> role; // set by formats that know it from the type; else the image decides
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
    std::optional<Sourced<double>> maxDurationS;
    // What its autoscaler says: the replicas always running, and that its load varies.
    std::optional<Sourced<int>> minInstances;
    std::optional<Sourced<TrafficPattern>> trafficPattern;
    QList<ImportedReference> references;
    QString computePin; // the compute candidate its platform fixes ("kubernetes"); empty: none
    Origin computeOrigin;
};

// An environment the inputs name (a tag, a workspace) and the accounts, projects or subscriptions its
// resources are in.
struct ImportedEnvironment
{
    Sourced<QString> name;
    QStringList accounts;
};

// Everything the importers found, for the assembler.
struct ImportedSystem
{
    std::optional<Sourced<QString>> name;    // the project's or namespace's name
    std::optional<Sourced<Cloud>> cloud;     // when every resource is on one cloud
    QList<Sourced<QString>> regions;         // where they stand, the first seen first
    QList<ImportedEnvironment> environments; // the first seen first
    QList<ImportedComponent> components;
    // What was read and left out, by type ("Kubernetes Secret", "Compose service with a disabled
    // profile"), with counts: the summary lists every one.
    QMap<QString, int> ignored;
    QStringList remarks; // summary lines about the inputs ("env_file .env: not read")
};

} // namespace gw

// ImportMapping: the tables `groundwork-cli import` reads existing systems with (rules/import/*.yaml):
// what an image is, what a command says about a workload's kind, which environment variables name
// hosts, which Kubernetes kinds run workloads, what each Terraform resource type is, and how CPU maps
// to a level. Data, like the rule packs and prices: a new image or program is a line of YAML, never C++.
#pragma once

#include "../io/diagnostic.h"
#include "../model/channel.h"
#include "../model/datastore.h"
#include "../model/system.h"
#include "../model/workload.h"
#include "elementrole.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>

#include <optional>

namespace gw {

struct ImageRule
{
    QStringList patterns;
    QString product; // "PostgreSQL": what reasons and the summary call it
    ElementRole role = ElementRole::Workload;
    std::optional<WorkloadKind> workloadKind;
    DataShape shape = DataShape::Relational;
    ChannelKind channelKind = ChannelKind::Queue;
    QString pin;        // candidate of the element's database or messaging decision; empty: none
    QString skipReason; // why a Skip image is left out, for the summary
    SourceLocation location;
};

struct CommandRule
{
    QList<QStringList> patterns; // each a sequence of words, lower case
    QString program;             // "a job queue worker"
    WorkloadKind kind = WorkloadKind::Worker;
    SourceLocation location;
};

// A Terraform resource type, and what it is in the model (terraform.yaml).
struct TerraformResourceRule
{
    QString product;
    ElementRole role = ElementRole::Workload; // Proxy is not used: a resource is an element or skipped
    std::optional<WorkloadKind> workloadKind;
    DataShape shape = DataShape::Relational;
    ChannelKind channelKind = ChannelKind::Queue;
    QString pin;
    QString engineAttribute;                    // whose value picks the pin from `engines`
    QList<std::pair<QString, QString>> engines; // pattern, candidate
    QString nameAttribute;
    QString memoryAttribute;
    QString durationAttribute;
    QString environmentAttribute;
    QString publicAttribute;
    QStringList publicValues; // lower case
    QString skipReason;
    SourceLocation location;

    // The pin for a resource whose engine attribute reads `engine`.
    QString pinFor(const QString& engine) const;
};

// A Kubernetes kind that runs pods, and what its controller says about them.
struct KubernetesWorkloadRule
{
    QStringList templatePath; // keys from the object to its pod template; empty: the object is the pod
    std::optional<WorkloadKind> kind;
    bool stateful = false;
    bool needsOsControl = false;
    SourceLocation location;
};

class ImportMapping
{
public:
    // The built-in tables (rules/import/*.yaml), read once. A problem in them is a defect of ours: a
    // test holds problems() empty.
    static const ImportMapping& builtIn();
    // The files of `folders` (an organisation's, tried first), then the built-in tables.
    static ImportMapping load(const QStringList& folders);

    // Adds one file's tables after those read before; every problem, positioned, in problems().
    void read(const QByteArray& yaml, const QString& fileName);
    const Diagnostics& problems() const { return m_problems; }

    // The first rule whose pattern matches `image` (a reference such as "docker.io/library/redis:7").
    const ImageRule* matchImage(const QString& image) const;
    // The first rule one of whose patterns appears in `words`, in order.
    const CommandRule* matchCommand(const QStringList& words) const;
    // Whether a bare value of the environment variable `name` is a host name.
    bool namesHost(const QString& variable) const;
    const KubernetesWorkloadRule* kubernetesWorkload(const QString& kind) const;
    // The compute candidate pinned for every workload a Kubernetes manifest runs; empty: none.
    QString kubernetesCompute() const { return m_kubernetesCompute; }
    Level cpuLevel(double cores) const;
    const TerraformResourceRule* terraformResource(const QString& type) const;
    // The resource types the tables map, sorted.
    QStringList terraformTypes() const;
    // The cloud of a Terraform provider named by the last part of its source ("aws", "google").
    std::optional<Cloud> terraformCloud(const QString& provider) const;
    // The attributes that name a Terraform resource, for matching environment values against.
    const QStringList& terraformIdentifiers() const { return m_terraformIdentifiers; }
    // The tag or label keys whose value names a resource's environment, lower case, first wins.
    const QStringList& environmentTags() const { return m_environmentTags; }

    const QList<ImageRule>& images() const { return m_images; }
    const QList<CommandRule>& commands() const { return m_commands; }

private:
    QList<ImageRule> m_images;
    QList<QList<QRegularExpression>> m_imagePatterns; // by rule, compiled once
    QList<CommandRule> m_commands;
    QList<QList<QList<QRegularExpression>>> m_commandPatterns; // by rule, pattern, word
    QList<QRegularExpression> m_hostNames;
    QHash<QString, KubernetesWorkloadRule> m_kubernetes;
    QString m_kubernetesCompute;
    QHash<QString, TerraformResourceRule> m_terraform;
    QHash<QString, Cloud> m_terraformClouds;
    QStringList m_terraformIdentifiers;
    QStringList m_environmentTags;
    std::optional<double> m_cpuLowBelow;
    std::optional<double> m_cpuHighFrom;
    SourceLocation m_computeAt; // where the single settings were first given
    SourceLocation m_cpuAt;
    Diagnostics m_problems;
    friend class ImportMappingReader;
};

} // namespace gw

// Portfolio: views across every model of a workspace, for a review board: what the organisation
// actually runs (a technology radar of the picks), which systems pick or pin a given candidate, where
// the HIGH findings concentrate, services closed to new work or retiring that are still pinned, and
// what each cost centre's systems cost a month.
#pragma once

#include "workspace.h"

#include <QDate>

namespace gw {

class Catalog;

class Portfolio
{
public:
    // One candidate as picked across the portfolio.
    struct RadarEntry
    {
        QString kind;
        QString candidate;
        QString label;
        int decisions = 0;  // decisions that chose it, over every model
        int pinned = 0;     // of those, how many a pin decided
        QStringList models; // the models that chose it, by name
    };
    struct Use
    {
        QString candidate;
        QString model;
        QString owner;
        QString subject;
        QString kind;
        bool pinned = false;
    };
    struct ModelFindings
    {
        QString model;
        QString owner;
        int high = 0;
        int total = 0;
    };
    struct RuleFindings
    {
        QString rule;
        int models = 0; // models where it raised a HIGH finding
        int findings = 0;
    };
    struct RetiringPin
    {
        QString model;
        QString subject;
        QString kind;
        QString candidate;
        QString cloud;
        QString status; // "closed-to-new" or "retiring"
        QDate effective;
        QString successor;
    };
    struct CostCentre
    {
        QString costCentre; // "" for models that name none
        double monthlyUsd = 0;
        int models = 0;
        int unpriced = 0; // models saved without an estimate
    };

    // `catalog` names the candidates and knows which services are retiring on which cloud.
    static Portfolio build(const QList<PortfolioModel>& models, const Catalog& catalog);

    int modelCount() const { return m_modelCount; }
    const QList<RadarEntry>& radar() const { return m_radar; } // by kind, then most chosen first
    QList<Use> usesOf(const QString& candidate) const;
    const QList<ModelFindings>& findings() const { return m_findings; } // most HIGH findings first
    const QList<RuleFindings>& highRules() const { return m_highRules; }
    const QList<RetiringPin>& retiringPins() const { return m_retiring; }
    const QList<CostCentre>& costs() const { return m_costs; } // by cost centre

    QString toTable() const;
    QString toMarkdown() const;
    QByteArray toJson() const;
    // One self-contained HTML page (inline CSS, no external request), for the review board and the
    // app's portfolio view; `workspace` names where the models are kept.
    QByteArray toHtml(const QString& title, const QString& workspace) const;
    // `candidate`'s uses alone, in the same three forms.
    QString usesTable(const QString& candidate) const;
    QString usesMarkdown(const QString& candidate) const;
    QByteArray usesJson(const QString& candidate) const;

private:
    int m_modelCount = 0;
    QList<RadarEntry> m_radar;
    QList<Use> m_uses;
    QList<ModelFindings> m_findings;
    QList<RuleFindings> m_highRules;
    QList<RetiringPin> m_retiring;
    QList<CostCentre> m_costs;
};

} // namespace gw

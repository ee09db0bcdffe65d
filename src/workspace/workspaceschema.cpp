#include "workspaceschema_p.h"

namespace gw::workspace {

QStringList createStatements()
{
    // Scores are kept in tenths as integers: what the engine computes, with nothing lost to rounding.
    // A revision's cloud and cost centre are copied out of its model so that portfolio views read them
    // without decoding every model. Who saved what is the server's own session role (current_user), not a
    // name a client sends.
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS workspace_schema (version integer NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS models ("
                       " id bigserial PRIMARY KEY,"
                       " name text NOT NULL UNIQUE CHECK (name <> ''),"
                       " owner_team text NOT NULL DEFAULT '',"
                       " head integer NOT NULL DEFAULT 0,"
                       " created_at timestamptz NOT NULL DEFAULT now(),"
                       " created_by text NOT NULL DEFAULT current_user)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS advice ("
                       " id bigserial PRIMARY KEY,"
                       " cost_cloud text, cost_usd double precision, cost_priced integer,"
                       " cost_elements integer)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS advice_decisions ("
                       " advice_id bigint NOT NULL REFERENCES advice ON DELETE CASCADE,"
                       " position integer NOT NULL,"
                       " subject text NOT NULL, kind text NOT NULL,"
                       " top text NOT NULL, top_tenths integer NOT NULL,"
                       " chosen text NOT NULL, chosen_tenths integer NOT NULL,"
                       " margin_tenths integer, chosen_usd double precision,"
                       " PRIMARY KEY (advice_id, position))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS advice_decisions_chosen ON advice_decisions (chosen)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS advice_findings ("
                       " advice_id bigint NOT NULL REFERENCES advice ON DELETE CASCADE,"
                       " position integer NOT NULL,"
                       " rule text NOT NULL, severity text NOT NULL, subject text NOT NULL,"
                       " message text NOT NULL,"
                       " PRIMARY KEY (advice_id, position))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS advice_findings_severity ON advice_findings (severity)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS revisions ("
                       " model_id bigint NOT NULL REFERENCES models ON DELETE CASCADE,"
                       " revision integer NOT NULL CHECK (revision > 0),"
                       " encoding integer NOT NULL, model bytea NOT NULL,"
                       " element_count integer NOT NULL,"
                       " cloud text NOT NULL DEFAULT '',"
                       " cost_centre text NOT NULL DEFAULT '',"
                       " advice_id bigint REFERENCES advice,"
                       " note text NOT NULL DEFAULT '',"
                       " saved_at timestamptz NOT NULL DEFAULT now(),"
                       " saved_by text NOT NULL DEFAULT current_user,"
                       " PRIMARY KEY (model_id, revision))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS positions ("
                       " model_id bigint NOT NULL REFERENCES models ON DELETE CASCADE,"
                       " element text NOT NULL, x double precision NOT NULL, y double precision NOT NULL,"
                       " PRIMARY KEY (model_id, element))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS decision_log ("
                       " id bigserial PRIMARY KEY,"
                       " model_id bigint NOT NULL REFERENCES models ON DELETE CASCADE,"
                       " subject text NOT NULL, kind text NOT NULL, choice text NOT NULL,"
                       " status text NOT NULL, reason text NOT NULL,"
                       " recorded_at timestamptz NOT NULL, superseded_at timestamptz,"
                       " recorded_by text NOT NULL DEFAULT current_user)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS decision_log_model ON decision_log (model_id, id)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS snapshots ("
                       " model_id bigint NOT NULL REFERENCES models ON DELETE CASCADE,"
                       " name text NOT NULL CHECK (name <> ''),"
                       " note text NOT NULL DEFAULT '',"
                       " taken_at timestamptz NOT NULL DEFAULT now(),"
                       " taken_by text NOT NULL DEFAULT current_user,"
                       " element_count integer NOT NULL,"
                       " encoding integer NOT NULL, model bytea NOT NULL,"
                       " advice_id bigint NOT NULL REFERENCES advice,"
                       " PRIMARY KEY (model_id, name))"),
        // Which roles belong to which team, for the row-level security scripts/workspace-setup adds:
        // only a model's owner team may save it.
        QStringLiteral("CREATE TABLE IF NOT EXISTS team_members ("
                       " member name NOT NULL, team text NOT NULL CHECK (team <> ''),"
                       " PRIMARY KEY (member, team))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS rule_packs ("
                       " name text PRIMARY KEY CHECK (name <> ''),"
                       " content bytea NOT NULL,"
                       " saved_at timestamptz NOT NULL DEFAULT now(),"
                       " saved_by text NOT NULL DEFAULT current_user)"),
    };
}

} // namespace gw::workspace

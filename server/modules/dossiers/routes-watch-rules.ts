// HTTP API of the counter's warning lines for the administrator: read them with their history,
// change one from an effective date with its basis and reason (audited).
import {
  watchRuleChange,
  watchRuleChanged,
  watchRuleList,
} from "../../../shared/contracts/dossiers.ts";
import { commandsOn } from "../../platform/command.ts";
import { AppError } from "../../platform/errors.ts";
import { type Api, param } from "../../platform/http.ts";
import { authorize, requireUser } from "../identity/index.ts";
import type { DossierDeps } from "./ports.ts";
import { WATCH_RULES, type WatchRuleName } from "./watch-rules.ts";
import { changeWatchRule, listWatchRules } from "./watch-rules-admin.ts";

export function watchRuleRoutes(api: Api, deps: DossierDeps) {
  const { db, clock } = deps;
  const command = commandsOn(api, deps.commands);

  api.route(
    {
      method: "get",
      path: "/api/admin/watch-rules",
      summary:
        "Ngưỡng cảnh báo của Bộ phận Một cửa và lịch sử / The counter's warning lines and their history",
      tag: "dossiers",
      response: watchRuleList,
    },
    async (c) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      authorize(actor, "rules.manage", tree.subtreeOf);
      return { rules: await listWatchRules(db, clock.now()) };
    },
  );

  command(
    {
      method: "post",
      path: "/api/admin/watch-rules/:rule",
      summary:
        "Đổi ngưỡng cảnh báo từ một ngày hiệu lực / Change a warning line from an effective date",
      tag: "dossiers",
      action: "rules.manage",
      body: watchRuleChange,
      response: watchRuleChanged,
    },
    async ({ c, tx, body, actor, now }) => {
      const rule = ruleParam(param(c, "rule"));
      const { replaced } = await changeWatchRule(tx, rule, body, actor.fullName, now);
      const rules = await listWatchRules(tx, now);
      return {
        answer: { rule: rules.find((r) => r.rule === rule) },
        audit: {
          action: "dossier.watch_rule_changed",
          subjectType: "watch_rule",
          subjectId: `${rule}@${body.effectiveFrom}`,
          details: { rule, ...body, replaced },
        },
      };
    },
  );
}

function ruleParam(value: string): WatchRuleName {
  if ((WATCH_RULES as readonly string[]).includes(value)) return value as WatchRuleName;
  throw new AppError("dossiers.unknown_watch_rule", "not_found", {
    vi: `Không có ngưỡng cảnh báo "${value}". Các ngưỡng: ${WATCH_RULES.join(", ")}.`,
    en: `No warning line "${value}". Lines: ${WATCH_RULES.join(", ")}.`,
  });
}

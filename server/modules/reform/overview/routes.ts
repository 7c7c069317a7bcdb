// The control room's page per unit: one read for the provincial office, Home Affairs and the unit.
import {
  overviewQuery,
  unitOverview as unitOverviewView,
} from "../../../../shared/contracts/reform.ts";
import type { Api } from "../../../platform/http.ts";
import { param } from "../../../platform/http.ts";
import { authorize, requireUser, scopeFor } from "../../identity/index.ts";
import type { ReformDeps } from "../deps.ts";
import { notAUnit } from "../errors.ts";
import { vnDay } from "../periods.ts";
import { UNIT_LEVELS } from "../units.ts";
import { unitOverview } from "./overview.ts";

export function overviewRoutes(api: Api, deps: ReformDeps) {
  api.route(
    {
      method: "get",
      path: "/api/reform/units/:agency/overview",
      response: unitOverviewView,
      summary:
        "Toàn cảnh một đơn vị: Chỉ số CCHC, Chỉ số phục vụ, nhiệm vụ, kiểm tra / A unit at a glance",
      tag: "reform",
      query: overviewQuery,
    },
    async (c, { query }) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      const agency = param(c, "agency");
      authorize(actor, "reform.read", tree.subtreeOf, agency);
      authorize(actor, "index.read", tree.subtreeOf, agency);
      const a = tree.byCode.get(agency);
      if (!a || !(UNIT_LEVELS as readonly string[]).includes(a.level)) throw notAUnit(agency);
      const today = vnDay(deps.clock.now());
      const manage = scopeFor(actor, "inspection.manage", tree.subtreeOf);
      return unitOverview(deps, deps.db, tree, {
        agency,
        year: query.year ?? Number(today.slice(0, 4)),
        today,
        seesUnannounced: manage.all || manage.agencies.length > 0,
      });
    },
  );
}

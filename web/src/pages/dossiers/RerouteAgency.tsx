// The competent agency a misrouted dossier is routed to: chosen by name from the agencies that
// handle its procedure (a unit under a listed agency counts too), filtered without regard to
// accents; the code is what the server receives. The dossier's own agency is not offered.
import { useState } from "react";
import { useProcedure } from "../../api/catalog.ts";
import { type Agency, useAgencies } from "../../api/identity.ts";
import { useI18n } from "../../i18n/index.tsx";
import { SearchField } from "../../ui/Field.tsx";
import { byCodeAndName, PickField } from "../../ui/Filters.tsx";
import { fold } from "../../ui/fold.ts";

interface Props {
  procedure: string;
  current: string;
  value: string;
  error?: string;
  onChange(code: string): void;
}

/** Whether `a` is one of `codes` or sits under one of them in the agency tree. */
function under(a: Agency, codes: string[], byCode: Map<string, Agency>): boolean {
  for (let x: Agency | undefined = a; x; x = x.parentCode ? byCode.get(x.parentCode) : undefined)
    if (codes.includes(x.code)) return true;
  return false;
}

export function RerouteAgency({ procedure, current, value, error, onChange }: Props) {
  const { t } = useI18n();
  const agencies = useAgencies();
  const proc = useProcedure(procedure);
  const [filter, setFilter] = useState("");
  const all = agencies.data ?? [];
  const byCode = new Map(all.map((a) => [a.code, a]));
  const competent = proc.data?.agencies ?? [];
  const f = fold(filter.trim());
  const list = all.filter(
    (a) =>
      !a.mergedInto &&
      a.code !== current &&
      (!competent.length || under(a, competent, byCode)) &&
      (!f || fold(`${a.name} ${a.code}`).includes(f) || a.code === value),
  );
  return (
    <>
      <SearchField label={t("dossier.rerouteFilter")} value={filter} onValue={setFilter} />
      <PickField
        label={t("dossier.rerouteAgency")}
        items={list}
        {...byCodeAndName}
        empty={t("dossier.rerouteChoose")}
        required
        value={value}
        error={error}
        onValue={onChange}
      />
    </>
  );
}

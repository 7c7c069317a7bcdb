// The inspecting office's forms: put a unit in the year's plan, record what was found, conclude
// with the remediation items (each with its deadline) that the inspected unit must report on.
import { useState } from "react";
import { type Inspection, type Proposal, useInspectionStep } from "../../api/inspections.ts";
import { useI18n } from "../../i18n/index.tsx";
import { Button } from "../../ui/Button.tsx";
import { ChoiceField, DateField, TextArea, TextField } from "../../ui/Field.tsx";
import { PickField } from "../../ui/Filters.tsx";
import { ChangeForm } from "../../ui/Submit.tsx";

const lines = (s: string) =>
  s
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

const KINDS = ["periodic", "unannounced"] as const;

export function PlanForm(p: {
  year: number;
  units: Proposal[];
  inspector: { role: string; agencyCode: string }[];
}) {
  const { t } = useI18n();
  const m = useInspectionStep();
  const office =
    p.inspector.find((g) => g.role === "home_affairs" || g.role === "inspector")?.agencyCode ?? "";
  const [target, setTarget] = useState(p.units[0]?.agency ?? "");
  const [kind, setKind] = useState<Inspection["kind"]>("periodic");
  const [plannedOn, setPlannedOn] = useState("");
  const [team, setTeam] = useState("");
  const [scope, setScope] = useState("");
  const body = {
    year: p.year,
    kind,
    target,
    inspector: office,
    team: lines(team),
    scope,
    plannedOn,
  };
  return (
    <ChangeForm
      title={t("inspect.plan")}
      m={m}
      done={t("inspect.planned")}
      submit={t("inspect.plan.submit")}
      onSubmit={() => m.mutate({ step: "plan", body })}
    >
      <div className="row">
        <PickField
          label={t("inspect.target")}
          value={target}
          onValue={setTarget}
          items={p.units}
          keyOf={(u) => u.agency}
          labelOf={(u) => u.name}
        />
        <ChoiceField
          label={t("inspect.kind")}
          value={kind}
          onValue={(k) => k && setKind(k)}
          values={KINDS}
          labelOf={(k) => t(`inspect.kind.${k}`)}
        />
        <DateField
          label={t("inspect.plannedOn")}
          value={plannedOn}
          onValue={setPlannedOn}
          required
        />
      </div>
      <TextArea
        label={t("inspect.team")}
        hint={t("inspect.team.hint")}
        value={team}
        onValue={setTeam}
        required
      />
      <TextArea label={t("inspect.scope")} value={scope} onValue={setScope} required />
    </ChangeForm>
  );
}

export function FindingsForm({ id }: { id: string }) {
  const { t } = useI18n();
  const m = useInspectionStep();
  const [carriedOn, setCarriedOn] = useState("");
  const [findings, setFindings] = useState("");
  const parsed = () =>
    lines(findings).map((l) => {
      const at = l.indexOf(":");
      return at > 0
        ? { area: l.slice(0, at).trim(), text: l.slice(at + 1).trim() }
        : { area: t("inspect.general"), text: l };
    });
  return (
    <ChangeForm
      title={t("inspect.findings.record")}
      m={m}
      submit={t("inspect.findings.submit")}
      onSubmit={() => m.mutate({ step: "findings", id, body: { carriedOn, findings: parsed() } })}
    >
      <DateField label={t("inspect.carriedOn")} value={carriedOn} onValue={setCarriedOn} required />
      <TextArea
        label={t("inspect.findings")}
        hint={t("inspect.findings.hint")}
        value={findings}
        onValue={setFindings}
        required
      />
    </ChangeForm>
  );
}

export function ConclusionForm({ id }: { id: string }) {
  const { t } = useI18n();
  const m = useInspectionStep();
  const [number, setNumber] = useState("");
  const [issuedOn, setIssuedOn] = useState("");
  const [signer, setSigner] = useState("");
  const [conclusion, setConclusion] = useState("");
  const [items, setItems] = useState([{ text: "", deadline: "" }]);
  const setItem = (i: number, k: "text" | "deadline", v: string) =>
    setItems(items.map((it, j) => (j === i ? { ...it, [k]: v } : it)));
  const refs = () => items.map((it, i) => ({ ref: String(i + 1), ...it }));
  return (
    <ChangeForm
      title={t("inspect.conclude")}
      m={m}
      submit={t("inspect.conclude.submit")}
      onSubmit={() =>
        m.mutate({
          step: "conclusion",
          id,
          body: { number, issuedOn, signer, conclusion, items: refs() },
        })
      }
    >
      <div className="row">
        <TextField label={t("inspect.number")} value={number} onValue={setNumber} required />
        <DateField label={t("inspect.issuedOn")} value={issuedOn} onValue={setIssuedOn} required />
        <TextField label={t("inspect.signer")} value={signer} onValue={setSigner} required />
      </div>
      <TextArea
        label={t("inspect.conclusion")}
        value={conclusion}
        onValue={setConclusion}
        required
      />
      {items.map((it, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: items are only ever appended, never reordered
        <div className="row" key={`item-${i + 1}`}>
          <TextArea
            label={t("inspect.itemN", { n: i + 1 })}
            value={it.text}
            onValue={(v) => setItem(i, "text", v)}
            required
          />
          <DateField
            label={t("inspect.deadlineN", { n: i + 1 })}
            value={it.deadline}
            onValue={(v) => setItem(i, "deadline", v)}
            required
          />
        </div>
      ))}
      <Button type="button" onClick={() => setItems([...items, { text: "", deadline: "" }])}>
        {t("inspect.addItem")}
      </Button>
    </ChangeForm>
  );
}

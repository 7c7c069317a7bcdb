// The inspecting office's forms: put a unit in the year's plan, record what was found, conclude
// with the remediation items (each with its deadline) that the inspected unit must report on.
import { useState } from "react";
import { type Inspection, type Proposal, useInspectionStep } from "../../api/inspections.ts";
import { useI18n } from "../../i18n/index.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { DateField, SelectField, TextArea, TextField } from "../../ui/Field.tsx";
import { Success } from "../../ui/Status.tsx";

const lines = (s: string) =>
  s
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

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
  return (
    <form
      className="subcard"
      aria-label={t("inspect.plan")}
      onSubmit={(e) => {
        e.preventDefault();
        m.mutate({
          step: "plan",
          body: {
            year: p.year,
            kind,
            target,
            inspector: office,
            team: lines(team),
            scope,
            plannedOn,
          },
        });
      }}
    >
      <h3>{t("inspect.plan")}</h3>
      <div className="row">
        <SelectField
          label={t("inspect.target")}
          value={target}
          onChange={(e) => setTarget(e.target.value)}
        >
          {p.units.map((u) => (
            <option key={u.agency} value={u.agency}>
              {u.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("inspect.kind")}
          value={kind}
          onChange={(e) => setKind(e.target.value as Inspection["kind"])}
        >
          <option value="periodic">{t("inspect.kind.periodic")}</option>
          <option value="unannounced">{t("inspect.kind.unannounced")}</option>
        </SelectField>
        <DateField
          label={t("inspect.plannedOn")}
          value={plannedOn}
          onValue={(v) => setPlannedOn(v)}
          required
        />
      </div>
      <TextArea
        label={t("inspect.team")}
        hint={t("inspect.team.hint")}
        value={team}
        onChange={(e) => setTeam(e.target.value)}
        required
      />
      <TextArea
        label={t("inspect.scope")}
        value={scope}
        onChange={(e) => setScope(e.target.value)}
        required
      />
      <ErrorBox error={m.error} />
      {m.isSuccess && <Success>{t("inspect.planned")}</Success>}
      <Button type="submit" busy={m.isPending}>
        {t("inspect.plan.submit")}
      </Button>
    </form>
  );
}

export function FindingsForm({ id }: { id: string }) {
  const { t } = useI18n();
  const m = useInspectionStep();
  const [carriedOn, setCarriedOn] = useState("");
  const [findings, setFindings] = useState("");
  return (
    <form
      className="subcard"
      aria-label={t("inspect.findings.record")}
      onSubmit={(e) => {
        e.preventDefault();
        m.mutate({
          step: "findings",
          id,
          body: {
            carriedOn,
            findings: lines(findings).map((l) => {
              const at = l.indexOf(":");
              return at > 0
                ? { area: l.slice(0, at).trim(), text: l.slice(at + 1).trim() }
                : { area: t("inspect.general"), text: l };
            }),
          },
        });
      }}
    >
      <h3>{t("inspect.findings.record")}</h3>
      <DateField
        label={t("inspect.carriedOn")}
        value={carriedOn}
        onValue={(v) => setCarriedOn(v)}
        required
      />
      <TextArea
        label={t("inspect.findings")}
        hint={t("inspect.findings.hint")}
        value={findings}
        onChange={(e) => setFindings(e.target.value)}
        required
      />
      <ErrorBox error={m.error} />
      <Button type="submit" busy={m.isPending}>
        {t("inspect.findings.submit")}
      </Button>
    </form>
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
  return (
    <form
      className="subcard"
      aria-label={t("inspect.conclude")}
      onSubmit={(e) => {
        e.preventDefault();
        m.mutate({
          step: "conclusion",
          id,
          body: {
            number,
            issuedOn,
            signer,
            conclusion,
            items: items.map((it, i) => ({ ref: String(i + 1), ...it })),
          },
        });
      }}
    >
      <h3>{t("inspect.conclude")}</h3>
      <div className="row">
        <TextField
          label={t("inspect.number")}
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          required
        />
        <DateField
          label={t("inspect.issuedOn")}
          value={issuedOn}
          onValue={(v) => setIssuedOn(v)}
          required
        />
        <TextField
          label={t("inspect.signer")}
          value={signer}
          onChange={(e) => setSigner(e.target.value)}
          required
        />
      </div>
      <TextArea
        label={t("inspect.conclusion")}
        value={conclusion}
        onChange={(e) => setConclusion(e.target.value)}
        required
      />
      {items.map((it, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: items are only ever appended, never reordered
        <div className="row" key={`item-${i + 1}`}>
          <TextArea
            label={t("inspect.itemN", { n: i + 1 })}
            value={it.text}
            onChange={(e) => setItem(i, "text", e.target.value)}
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
      <ErrorBox error={m.error} />
      <Button type="submit" busy={m.isPending}>
        {t("inspect.conclude.submit")}
      </Button>
    </form>
  );
}

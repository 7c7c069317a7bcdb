// One agency: its facts, rename and merge forms (effective-dated, with the legal basis), history.
import { type FormEvent, useState } from "react";
import {
  type Agency,
  useAgencyHistory,
  useMergeAgency,
  useRenameAgency,
} from "../../api/identity.ts";
import { formatDate, useI18n, useT } from "../../i18n/index.tsx";
import { Button } from "../../ui/Button.tsx";
import { todayVn } from "../../ui/dates.ts";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import {
  DateField,
  fieldError,
  nameWithCode,
  Options,
  SelectField,
  TextField,
} from "../../ui/Field.tsx";
import { Empty, Loading, Success } from "../../ui/Status.tsx";

export function AgencyDetail({ agency, agencies }: { agency: Agency; agencies: Agency[] }) {
  const { t, lang } = useI18n();
  const parent = agencies.find((a) => a.code === agency.parentCode);
  return (
    <div className="stack">
      <dl className="facts">
        <dt>{t("agency.code")}</dt>
        <dd>
          <code>{agency.code}</code>
        </dd>
        <dt>{t("agency.level")}</dt>
        <dd>{t(`agency.level.${agency.level}`)}</dd>
        <dt>{t("agency.parent")}</dt>
        <dd>{parent ? parent.name : "—"}</dd>
        <dt>{t("agency.validFrom")}</dt>
        <dd>{formatDate(lang, agency.validFrom)}</dd>
        {agency.mergedInto && (
          <>
            <dt>{t("agency.change.merged")}</dt>
            <dd>
              {t("agency.merged", {
                into: agency.mergedInto,
                date: formatDate(lang, agency.validTo),
              })}
            </dd>
          </>
        )}
      </dl>
      {!agency.mergedInto && <Rename key={`r-${agency.code}`} agency={agency} />}
      {!agency.mergedInto && <Merge key={`m-${agency.code}`} agency={agency} agencies={agencies} />}
      <History code={agency.code} />
    </div>
  );
}

function Rename({ agency }: { agency: Agency }) {
  const { t, lang } = useI18n();
  const rename = useRenameAgency();
  const [name, setName] = useState(agency.name);
  const [effectiveOn, setEffectiveOn] = useState(todayVn());
  const [legalBasis, setLegalBasis] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    rename.mutate({
      code: agency.code,
      name: name.trim(),
      effectiveOn,
      legalBasis: legalBasis.trim() || undefined,
    });
  };
  return (
    <form className="form subform" onSubmit={submit} aria-labelledby="rename-h">
      <h3 id="rename-h">{t("agency.rename")}</h3>
      {rename.isError && <ErrorBox error={rename.error} />}
      {rename.isSuccess && <Success>{t("agency.renamed")}</Success>}
      <TextField
        label={t("agency.newName")}
        error={fieldError(rename.error, "name", lang)}
        required
        value={name}
        onValue={setName}
        minLength={2}
      />
      <ChangeBasis
        effectiveOn={effectiveOn}
        setEffectiveOn={setEffectiveOn}
        legalBasis={legalBasis}
        setLegalBasis={setLegalBasis}
      />
      <Button
        type="submit"
        variant="secondary"
        busy={rename.isPending}
        disabled={name.trim() === agency.name}
      >
        {t("agency.rename")}
      </Button>
    </form>
  );
}

function Merge({ agency, agencies }: { agency: Agency; agencies: Agency[] }) {
  const { t, lang } = useI18n();
  const merge = useMergeAgency();
  const [into, setInto] = useState("");
  const [effectiveOn, setEffectiveOn] = useState(todayVn());
  const [legalBasis, setLegalBasis] = useState("");
  const targets = agencies.filter((a) => !a.mergedInto && a.code !== agency.code);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    merge.mutate({
      code: agency.code,
      into,
      effectiveOn,
      legalBasis: legalBasis.trim() || undefined,
    });
  };
  return (
    <form className="form subform" onSubmit={submit} aria-labelledby="merge-h">
      <h3 id="merge-h">{t("agency.merge")}</h3>
      <p className="muted">{t("agency.mergeWarn", { name: agency.name })}</p>
      {merge.isError && <ErrorBox error={merge.error} />}
      {merge.isSuccess && <Success>{t("agency.merged.ok")}</Success>}
      <SelectField
        label={t("agency.mergeInto")}
        required
        value={into}
        onValue={setInto}
        error={fieldError(merge.error, "into", lang)}
      >
        <option value="">{t("agency.chooseInto")}</option>
        <Options items={targets} value={(a) => a.code} label={nameWithCode} />
      </SelectField>
      <ChangeBasis
        effectiveOn={effectiveOn}
        setEffectiveOn={setEffectiveOn}
        legalBasis={legalBasis}
        setLegalBasis={setLegalBasis}
      />
      <Button type="submit" variant="danger" busy={merge.isPending} disabled={!into}>
        {t("agency.merge")}
      </Button>
    </form>
  );
}

function History({ code }: { code: string }) {
  const { t, lang } = useI18n();
  const h = useAgencyHistory(code);
  return (
    <div>
      <h3>{t("agency.history")}</h3>
      {h.isPending ? (
        <Loading />
      ) : h.isError ? (
        <ErrorBox error={h.error} onRetry={() => h.refetch()} />
      ) : h.data.length === 0 ? (
        <Empty />
      ) : (
        <ol className="timeline">
          {h.data.map((c) => (
            <li key={`${c.change}-${c.effectiveOn}-${c.newValue}`}>
              <span className="timeline-date">{formatDate(lang, c.effectiveOn)}</span>
              <strong>{t(`agency.change.${c.change}`)}</strong>
              {c.oldValue && c.change !== "created"
                ? ` — ${c.oldValue} → ${c.newValue}`
                : c.newValue
                  ? ` — ${c.newValue}`
                  : ""}
              {c.legalBasis && <span className="muted"> ({c.legalBasis})</span>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** When an agency's change takes effect and the decision it rests on. */
function ChangeBasis(p: {
  effectiveOn: string;
  setEffectiveOn(v: string): void;
  legalBasis: string;
  setLegalBasis(v: string): void;
}) {
  const t = useT();
  return (
    <div className="row">
      <DateField
        label={t("agency.effectiveOn")}
        required
        value={p.effectiveOn}
        onValue={p.setEffectiveOn}
      />
      <TextField
        label={t("agency.legalBasis")}
        hint={t("agency.legalBasisHint")}
        value={p.legalBasis}
        onValue={p.setLegalBasis}
      />
    </div>
  );
}

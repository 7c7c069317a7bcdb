// Form controls with a visible label, an optional hint and an error tied by aria-describedby.
import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useEffect,
  useId,
  useState,
} from "react";
import { useT } from "../i18n/index.tsx";
import * as vn from "./vn-date.ts";

interface Common {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
}

function useDescribed(hint: ReactNode, error?: string | null) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errId = error ? `${id}-err` : undefined;
  return { id, hintId, errId, describedBy: [hintId, errId].filter(Boolean).join(" ") || undefined };
}

/** The control's own `required` tells screen readers; the star is for the eye. */
function Wrap({
  id,
  label,
  hint,
  hintId,
  error,
  errId,
  required,
  children,
}: Common & { id: string; hintId?: string; errId?: string; children: ReactNode }) {
  const t = useT();
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <div className="label-row">
        <label htmlFor={id}>{label}</label>
        {required && (
          <span className="req" aria-hidden="true" title={t("common.required")}>
            *
          </span>
        )}
      </div>
      {children}
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errId}>
          {error}
        </p>
      )}
    </div>
  );
}

/** Called with the control's new value (instead of handling the change event). */
interface OnValue {
  onValue?(v: string): void;
}

/** The attributes that tie a control to its label, hint and error. */
interface Tie {
  id: string;
  required?: boolean;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

/** One labelled control: the wrapper, the ids and the aria wiring every field shares. */
function Labelled({ control, ...c }: Common & { control(tie: Tie): ReactNode }) {
  const d = useDescribed(c.hint, c.error);
  const tie: Tie = {
    id: d.id,
    required: c.required,
    "aria-invalid": c.error ? true : undefined,
    "aria-describedby": d.describedBy,
  };
  return (
    <Wrap {...c} id={d.id} hintId={d.hintId} errId={d.errId}>
      {control(tie)}
    </Wrap>
  );
}

/** A labelled control of one kind: the props of that element, plus `onValue`. */
function control<A>(Tag: "input" | "select" | "textarea") {
  const El = Tag as unknown as (props: object) => ReactNode;
  return function Control({
    label,
    hint,
    error,
    required,
    onValue,
    ...rest
  }: Common & OnValue & A) {
    const c = { label, hint, error, required };
    const change = onValue
      ? { onChange: (e: { target: { value: string } }) => onValue(e.target.value) }
      : {};
    return <Labelled {...c} control={(tie) => <El {...tie} {...rest} {...change} />} />;
  };
}

export const TextField = control<InputHTMLAttributes<HTMLInputElement>>("input");
export const SelectField = control<SelectHTMLAttributes<HTMLSelectElement>>("select");
export const TextArea = control<TextareaHTMLAttributes<HTMLTextAreaElement>>("textarea");

/** A search box that filters a list as the reader types. */
export function SearchField({
  onValue,
  ...props
}: Common &
  Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "type"> & {
    value: string;
    onValue(v: string): void;
  }) {
  return <TextField {...props} type="search" onChange={(e) => onValue(e.target.value)} />;
}

/** The server's field errors for one field, in the reader's language. */
export function fieldError(error: unknown, field: string, lang: "vi" | "en"): string | null {
  const list = (error as { fieldErrors?: { field: string; vi: string; en: string }[] } | null)
    ?.fieldErrors;
  const hit = list?.find((f) => f.field === field || f.field.startsWith(`${field}.`));
  return hit ? hit[lang] : null;
}

type TypedProps = Common &
  Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "type"> & {
    /** The API's value: YYYY-MM-DD, hh:mm or YYYY-MM-DDThh:mm; "" when empty. */
    value: string;
    /** Called with the API's value, "" when emptied, or the text as typed while it is not valid. */
    onValue(v: string): void;
  };

/**
 * A text field that shows and takes one Vietnamese format (dd/mm/yyyy, 24-hour hh:mm) whatever the
 * browser's locale, while the page keeps the ISO value the API takes.
 */
function TypedField({
  value,
  onValue,
  parse,
  show,
  placeholder,
  hint,
  ...rest
}: TypedProps & { parse(s: string): string | null; show(v: string): string; placeholder: string }) {
  const [text, setText] = useState(() => show(value));
  // A value set from outside (a default, a reset) replaces what was typed.
  useEffect(() => {
    setText((t) => (parse(t) === value || (!value && !t) ? t : show(value)));
  }, [value, parse, show]);
  return (
    <TextField
      {...rest}
      hint={
        hint ? (
          <>
            {hint} ({placeholder})
          </>
        ) : (
          placeholder
        )
      }
      type="text"
      inputMode="numeric"
      placeholder={placeholder}
      autoComplete="off"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const v = e.target.value.trim();
        onValue(v ? (parse(v) ?? v) : "");
      }}
      onBlur={() => {
        const v = parse(text);
        if (v) setText(show(v));
      }}
    />
  );
}

const same = (s: string) => s;

/** A date typed and shown as dd/mm/yyyy; the page gets YYYY-MM-DD. */
export function DateField(props: TypedProps) {
  return (
    <TypedField {...props} parse={vn.parseVnDate} show={vn.showVnDate} placeholder="dd/mm/yyyy" />
  );
}

/** A time of day on the 24-hour clock (hh:mm). */
export function TimeField(props: TypedProps) {
  return <TypedField {...props} parse={vn.parseVnTime} show={same} placeholder="hh:mm" />;
}

/** A date and time in Vietnam time, dd/mm/yyyy hh:mm; the page gets YYYY-MM-DDThh:mm. */
export function DateTimeField(props: TypedProps) {
  return (
    <TypedField
      {...props}
      parse={vn.parseVnDateTime}
      show={vn.showVnDateTime}
      placeholder="dd/mm/yyyy hh:mm"
    />
  );
}

/** A choice among fixed values, each shown by its label; the first option ("all", "none") is empty. */
export function ChoiceField<V extends string>({
  label,
  value,
  onValue,
  values,
  labelOf,
  all,
  empty,
}: {
  label: string;
  value: NoInfer<V> | "";
  onValue(v: NoInfer<V> | ""): void;
  values: readonly V[];
  labelOf(v: NoInfer<V>): string;
  /** The empty option reads "all" (a filter). */
  all?: boolean;
  empty?: string;
}) {
  const t = useT();
  const first = empty ?? (all ? t("common.all") : undefined);
  return (
    <SelectField label={label} value={value} onChange={(e) => onValue(e.target.value as V | "")}>
      {first !== undefined && <option value="">{first}</option>}
      <Options items={values} label={labelOf} />
    </SelectField>
  );
}

/** An agency's label in a list of options: its name, then its code. */
export const nameWithCode = (a: { code: string; name: string }) => `${a.name} (${a.code})`;

/** The options of a select, one for each item (its value also its key; the item itself by default). */
export function Options<T>({
  items,
  value = String,
  label,
}: {
  items: readonly T[];
  value?(item: T): string | number;
  label(item: T): ReactNode;
}) {
  return items.map((x) => (
    <option key={value(x)} value={value(x)}>
      {label(x)}
    </option>
  ));
}

/** A check box with its label beside it. */
export function CheckField({
  id,
  label,
  checked,
  onCheck,
  className,
  disabled,
}: {
  id: string;
  label: ReactNode;
  checked: boolean;
  onCheck(v: boolean): void;
  className?: string;
  disabled?: boolean;
}) {
  return (
    <div className={className ? `check ${className}` : "check"}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onCheck(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

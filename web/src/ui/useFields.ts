// A form's text fields as one record: each field's value, change and server error in one spread
// (`<TextField label=… {...bind("name")} />`).
import { useState } from "react";
import { useI18n } from "../i18n/index.tsx";
import { fieldError } from "./Field.tsx";

export function useFields<T extends Record<string, string>>(
  initial: T | (() => T),
  error: unknown,
) {
  const { lang } = useI18n();
  const [v, setV] = useState<T>(initial);
  /**
   * `errorField`: the body's member the server names when it differs from the field's key; false
   * for a field that shows no error of its own.
   */
  const bind = (k: keyof T & string, errorField: string | false = k) => ({
    value: v[k],
    onValue: (x: string) => setV((old) => ({ ...old, [k]: x })),
    error: errorField === false ? undefined : (fieldError(error, errorField, lang) ?? undefined),
  });
  return { v, setV, bind };
}

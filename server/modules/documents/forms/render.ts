// One entry point for the seven forms of Circular 03/2025/TT-VPCP, Appendix I.
import type { z } from "zod";
import { AppError } from "../../../platform/errors.ts";
import type { Engine } from "./canvas.ts";
import { withFallback } from "./document.ts";
import { type Form01Input, form01Schema, renderForm01 } from "./form01.ts";
import { type Form02Input, form02Schema, renderForm02 } from "./form02.ts";
import { type Form03Input, form03Schema, renderForm03 } from "./form03.ts";
import { type Form04Input, form04Schema, renderForm04 } from "./form04.ts";
import { type Form05Input, form05Schema, renderForm05 } from "./form05.ts";
import { type Form06Input, form06Schema, renderForm06 } from "./form06.ts";
import { type Form07Input, form07Schema, renderForm07 } from "./form07.ts";
import type { Lang } from "./schemas.ts";
import { renderWithdrawal, type WithdrawalInput, withdrawalSchema } from "./withdrawal.ts";

export interface FormInputs {
  "01": Form01Input;
  "02": Form02Input;
  "03": Form03Input;
  "04": Form04Input;
  "05": Form05Input;
  "06": Form06Input;
  "07": Form07Input;
  /** Written record of a withdrawal (no Circular form: see withdrawal.ts). */
  withdrawal: WithdrawalInput;
}
export type FormNo = keyof FormInputs;
export const FORM_NOS = [
  "01",
  "02",
  "03",
  "04",
  "05",
  "06",
  "07",
] as const satisfies readonly FormNo[];

export const formSchemas: { [K in FormNo]: z.ZodType } = {
  "01": form01Schema,
  "02": form02Schema,
  "03": form03Schema,
  "04": form04Schema,
  "05": form05Schema,
  "06": form06Schema,
  "07": form07Schema,
  withdrawal: withdrawalSchema,
};

type Renderer<K extends FormNo> = (
  data: FormInputs[K],
  lang: Lang,
  engine: Engine,
) => Promise<Uint8Array>;

const renderers: { [K in FormNo]: Renderer<K> } = {
  "01": renderForm01,
  "02": renderForm02,
  "03": renderForm03,
  "04": renderForm04,
  "05": renderForm05,
  "06": renderForm06,
  "07": renderForm07,
  withdrawal: renderWithdrawal,
};

/**
 * Renders a form as PDF (01–06 on A5 portrait, 07 on A4 landscape). Vietnamese is the legal
 * document; "en" renders the same layout with English wording for reference.
 * Throws AppError documents.bad_form_input (naming the fields) when the data do not validate.
 */
export function renderForm<K extends FormNo>(
  formNo: K,
  data: FormInputs[K],
  lang: Lang = "vi",
): Promise<Uint8Array> {
  return withFallback((engine) => renderFormWith(engine, formNo, data, lang));
}

/** renderForm with one engine, no fallback (tests and benchmarks compare the two). */
export async function renderFormWith<K extends FormNo>(
  engine: Engine,
  formNo: K,
  data: FormInputs[K],
  lang: Lang = "vi",
): Promise<Uint8Array> {
  const render = renderers[formNo] as Renderer<K> | undefined;
  if (!render) throw unknownForm(String(formNo));
  const parsed = formSchemas[formNo].safeParse(data);
  if (!parsed.success) throw badFormInput(formNo, parsed.error);
  return render(data, lang, engine);
}

function unknownForm(formNo: string): AppError {
  return new AppError("documents.unknown_form", "bad_input", {
    vi: `Không có mẫu số "${formNo}" (chỉ có mẫu 01–07 và giấy xác nhận rút hồ sơ)`,
    en: `There is no form "${formNo}" (forms 01–07 and the withdrawal record only)`,
  });
}

function badFormInput(formNo: string, error: z.ZodError): AppError {
  const issues = error.issues.map((i) => ({
    field: i.path.join(".") || "(root)",
    vi: i.message,
    en: i.message,
  }));
  const fields = issues.map((i) => i.field).join(", ");
  return new AppError(
    "documents.bad_form_input",
    "bad_input",
    {
      vi: `Dữ liệu mẫu số ${formNo} không hợp lệ: ${fields}`,
      en: `Form ${formNo}: invalid data in ${fields}`,
    },
    { issues },
  );
}

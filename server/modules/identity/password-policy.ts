// What a new password must be (OWASP ASVS 2.1.1, 2.1.7; NIST SP 800-63B §5.1.1.2): at least 10
// characters, at most 256, not a commonly used password, not the username, not one repeated
// character. No composition rules (they do not help, per the same sources).
import { badInput } from "../../platform/errors.ts";
import { COMMON_PASSWORDS } from "./common-passwords.ts";

export const PASSWORD_RULES = { minLength: 10, maxLength: 256 };
const COMMON = new Set(COMMON_PASSWORDS.map((p) => p.toLowerCase()));

/** Throws a 400 naming the rule the password breaks. */
export function checkNewPassword(password: string, username: string): void {
  const fail = (vi: string, en: string) => {
    throw badInput("identity.weak_password", "password", vi, en);
  };
  if ([...password].length < PASSWORD_RULES.minLength)
    fail(
      `mật khẩu cần ít nhất ${PASSWORD_RULES.minLength} ký tự`,
      `the password needs at least ${PASSWORD_RULES.minLength} characters`,
    );
  if (password.length > PASSWORD_RULES.maxLength)
    fail(
      `mật khẩu dài tối đa ${PASSWORD_RULES.maxLength} ký tự`,
      `the password is at most ${PASSWORD_RULES.maxLength} characters`,
    );
  const lower = password.toLowerCase();
  if (COMMON.has(lower))
    fail("mật khẩu này quá phổ biến, dễ bị đoán", "this password is too common and easily guessed");
  if (username && lower.includes(username.toLowerCase()))
    fail("mật khẩu không được chứa tên đăng nhập", "the password must not contain the username");
  if (new Set(password).size === 1)
    fail(
      "mật khẩu không được chỉ gồm một ký tự lặp lại",
      "the password must not repeat one character",
    );
}

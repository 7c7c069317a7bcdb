import { type FormEvent, useState } from "react";
import { useLogin, useMe } from "../../api/identity.ts";
import { useT } from "../../i18n/index.tsx";
import { Link, navigate, useLocation } from "../../router.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { CheckField, TextField } from "../../ui/Field.tsx";
import { Page } from "../../ui/Page.tsx";

/** Only same-site paths: never send a user to another origin after sign-in. */
function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/dang-nhap")
    ? next
    : "/";
}

export function Login() {
  const t = useT();
  const { query } = useLocation();
  const me = useMe().data;
  const login = useLogin();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [show, setShow] = useState(false);
  const [missing, setMissing] = useState(false);
  const next = safeNext(query.get("next"));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!username.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    login.mutate(
      { username: username.trim(), password },
      { onSuccess: () => navigate(next, { replace: true }) },
    );
  };

  return (
    <Page title={t("login.title")} lead={t("login.lead")} narrow>
      <form className="card login-card" onSubmit={submit} noValidate aria-describedby="login-help">
        {missing && (
          <div className="alert alert-error" role="alert">
            <p>{t("login.required")}</p>
          </div>
        )}
        {login.isError && <ErrorBox error={login.error} />}
        {me && !login.isPending && (
          <p className="alert alert-info">
            {me.fullName} — <Link to="/">{t("nav.home")}</Link>
          </p>
        )}
        <TextField
          label={t("login.username")}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          required
          value={username}
          onValue={setUsername}
          error={missing && !username.trim() ? t("login.required") : null}
        />
        <TextField
          label={t("login.password")}
          name="password"
          type={show ? "text" : "password"}
          autoComplete="current-password"
          required
          value={password}
          onValue={setPassword}
          error={missing && !password ? t("login.required") : null}
        />
        <CheckField id="show-password" label={t("login.show")} checked={show} onCheck={setShow} />
        <Button type="submit" busy={login.isPending} className="btn-block">
          {login.isPending ? t("login.busy") : t("login.submit")}
        </Button>
        <p className="hint" id="login-help">
          {t("login.help")}
        </p>
      </form>
      <p className="center">
        <Link to="/tra-cuu">{t("login.lookup")}</Link>
      </p>
    </Page>
  );
}

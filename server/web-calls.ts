// The web's calls to the server, read from its source with the TypeScript compiler: every call of
// the request functions of web/src/api/client.ts anywhere in web/src, with its method, its path,
// the type of the body it sends and the type of the answer it expects. Used by
// server/web-calls.test.ts to hold them against the types generated from /api/openapi.json.
import { join, relative } from "node:path";
import ts from "typescript";

/** The client's request functions and the method each sends (`request` reads its options). */
const FUNCTIONS: Record<string, string | null> = {
  get: "get",
  post: "post",
  put: "put",
  del: "delete",
  upload: "post",
  request: null,
};

export interface WebCall {
  /** Where the call stands: `web/src/api/calendar.ts:57`. */
  at: string;
  /** Lower-case HTTP method, or null when the options do not name it plainly. */
  method: string | null;
  /** The paths the call can reach, one string per literal choice, `\0` for a free part. */
  paths: string[] | null;
  /** The JSON body sent: its expression's type; absent when the call sends none of its own. */
  body?: { type: ts.Type; mayBeAbsent: boolean };
  /** A raw file upload (`upload`): the body is the file itself. */
  raw: boolean;
  /** The answer's type the call names (`get<T>`), absent when it names none. */
  expects?: ts.Type;
}

/** The web project (web/tsconfig.json) with extra root files, e.g. the generated API types. */
export function webProgram(root: string, extraRoots: string[]): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, "web/tsconfig.json"), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  });
  if (!config) throw new Error("web/tsconfig.json cannot be read");
  const options = { ...config.options, composite: false, incremental: false };
  const sources = config.fileNames.filter((f) => !/\.test\.tsx?$/.test(f));
  return ts.createProgram([...sources, ...extraRoots], options);
}

/** Every call of the client's request functions in web/src (tests aside), or in the files named. */
export function webCalls(root: string, program: ts.Program, only?: string[]): WebCall[] {
  const checker = program.getTypeChecker();
  const client = join(root, "web/src/api/client.ts");
  const out: WebCall[] = [];
  for (const file of program.getSourceFiles()) {
    const name = relative(root, file.fileName);
    const wanted = only
      ? only.includes(file.fileName)
      : name.startsWith("web/src/") && !/\.test\.tsx?$/.test(name) && file.fileName !== client;
    if (!wanted) continue;
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const fn = clientFunction(checker, node, client);
        if (fn !== undefined) out.push(readCall(checker, name, file, node, fn));
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return out;
}

function clientFunction(checker: ts.TypeChecker, call: ts.CallExpression, client: string) {
  const declared = declarationOf(checker, call.expression);
  const name = declared && ts.getNameOfDeclaration(declared);
  if (declared?.getSourceFile().fileName !== client || !name || !ts.isIdentifier(name)) return;
  return name.text in FUNCTIONS ? name.text : undefined;
}

function readCall(
  checker: ts.TypeChecker,
  name: string,
  file: ts.SourceFile,
  call: ts.CallExpression,
  fn: string,
): WebCall {
  const line = file.getLineAndCharacterOfPosition(call.getStart()).line + 1;
  const [pathArg, second] = call.arguments;
  let method = FUNCTIONS[fn];
  let bodyExpr: ts.Expression | undefined;
  if (fn === "post" || fn === "put") bodyExpr = second;
  if (fn === "request") {
    const opts = second && ts.isObjectLiteralExpression(second) ? second : undefined;
    const member = (key: string) =>
      opts?.properties.find(
        (p): p is ts.PropertyAssignment =>
          ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === key,
      )?.initializer;
    const m = member("method");
    method = !second ? "get" : m && ts.isStringLiteral(m) ? m.text.toLowerCase() : null;
    if (opts && !m) method = "get";
    bodyExpr = member("body");
  }
  const typeArg = call.typeArguments?.[0];
  return {
    at: `${name}:${line}`,
    method,
    paths: pathArg ? pathsOf(checker, pathArg) : null,
    body: bodyExpr && bodyOf(checker, bodyExpr),
    raw: fn === "upload",
    expects: typeArg && checker.getTypeFromTypeNode(typeArg),
  };
}

function bodyOf(checker: ts.TypeChecker, expr: ts.Expression) {
  const type = checker.getTypeAtLocation(expr);
  const mayBeAbsent = type.isUnion() && type.types.some((t) => t.flags & ts.TypeFlags.Undefined);
  return { type: checker.getNonNullableType(type), mayBeAbsent };
}

/**
 * The paths a path expression can take: literals and templates (a part with literal choices gives
 * one path per choice), through `withQuery`, a constant, or a function returning a path.
 */
function pathsOf(checker: ts.TypeChecker, expr: ts.Expression): string[] | null {
  if (ts.isParenthesizedExpression(expr)) return pathsOf(checker, expr.expression);
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr.text];
  if (ts.isTemplateExpression(expr)) {
    let out = [expr.head.text];
    for (const span of expr.templateSpans) {
      const choices = literalChoices(checker.getTypeAtLocation(span.expression)) ?? ["\0"];
      out = out.flatMap((p) => choices.map((c) => p + c + span.literal.text));
    }
    return out;
  }
  const callee = ts.isCallExpression(expr) ? expr.expression : expr;
  const declared = declarationOf(checker, callee);
  if (ts.isCallExpression(expr)) {
    if (ts.isIdentifier(callee) && callee.text === "withQuery" && expr.arguments[0])
      return pathsOf(checker, expr.arguments[0]);
    const fn = declared && ts.isVariableDeclaration(declared) ? declared.initializer : declared;
    const returned = fn && returnedExpression(fn);
    return returned ? pathsOf(checker, returned) : null;
  }
  const constant =
    declared &&
    ts.isVariableDeclaration(declared) &&
    ts.getCombinedNodeFlags(declared) & ts.NodeFlags.Const &&
    declared.initializer;
  return constant ? pathsOf(checker, constant) : null;
}

function declarationOf(checker: ts.TypeChecker, node: ts.Node): ts.Declaration | undefined {
  let symbol = checker.getSymbolAtLocation(node);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return symbol?.declarations?.[0];
}

/** What a function of one expression (or one `return`) gives back. */
function returnedExpression(fn: ts.Node): ts.Expression | undefined {
  if (!ts.isArrowFunction(fn) && !ts.isFunctionDeclaration(fn) && !ts.isFunctionExpression(fn))
    return undefined;
  if (fn.body && !ts.isBlock(fn.body)) return fn.body;
  const [only, ...rest] = fn.body?.statements ?? [];
  return only && !rest.length && ts.isReturnStatement(only) ? only.expression : undefined;
}

function literalChoices(type: ts.Type): string[] | null {
  const parts = type.isUnion() ? type.types : [type];
  const values = parts.map((t) => (t.isLiteral() ? String(t.value) : null));
  return values.every((v) => v !== null) ? (values as string[]) : null;
}

/** The documented path (`/api/x/{id}`) a concrete path reaches; the most literal one wins. */
export function operationPath(path: string, documented: string[]): string | undefined {
  const segments = path.split("?")[0].split("/");
  let best: { path: string; score: number } | undefined;
  for (const candidate of documented) {
    const parts = candidate.split("/");
    if (parts.length !== segments.length) continue;
    let score = 0;
    const fits = parts.every((p, i) => {
      if (/^\{[^}]+\}$/.test(p)) return segments[i] !== "";
      score++;
      return p === segments[i];
    });
    if (fits && (!best || score > best.score)) best = { path: candidate, score };
  }
  return best?.path;
}

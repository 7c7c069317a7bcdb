// The agency tree as nested lists with disclosure buttons: every node reachable with Tab, each
// branch opened or closed with Enter/Space, the selected node marked for screen readers.
import { useState } from "react";
import type { Agency } from "../../api/identity.ts";
import { formatDate, useI18n } from "../../i18n/index.tsx";

export function childrenOf(agencies: Agency[]) {
  const map = new Map<string | null, Agency[]>();
  const codes = new Set(agencies.map((a) => a.code));
  for (const a of agencies) {
    let up = a.mergedInto ?? a.parentCode;
    if (up && !codes.has(up)) up = null;
    const list = map.get(up) ?? [];
    list.push(a);
    map.set(up, list);
  }
  for (const list of map.values())
    list.sort((x, y) => x.code.localeCompare(y.code, "en", { numeric: true }));
  return map;
}

interface Props {
  agencies: Agency[];
  selected: string | null;
  onSelect(code: string): void;
}

export function AgencyTree({ agencies, selected, onSelect }: Props) {
  const kids = childrenOf(agencies);
  const [closed, setClosed] = useState<Set<string>>(new Set());
  const toggle = (code: string) =>
    setClosed((s) => {
      const n = new Set(s);
      if (n.has(code)) n.delete(code);
      else n.add(code);
      return n;
    });
  return (
    <Branch
      list={kids.get(null) ?? []}
      kids={kids}
      closed={closed}
      toggle={toggle}
      selected={selected}
      onSelect={onSelect}
      top
    />
  );
}

function Branch({
  list,
  kids,
  closed,
  toggle,
  selected,
  onSelect,
  top,
}: {
  list: Agency[];
  kids: Map<string | null, Agency[]>;
  closed: Set<string>;
  toggle(c: string): void;
  top?: boolean;
} & Omit<Props, "agencies">) {
  const { t, lang } = useI18n();
  return (
    <ul className={top ? "tree" : "tree-branch"}>
      {list.map((a) => {
        const children = kids.get(a.code) ?? [];
        const open = !closed.has(a.code);
        const groupId = `tree-${a.code.replace(/\./g, "-")}`;
        return (
          <li key={a.code} className={a.mergedInto ? "tree-node tree-merged" : "tree-node"}>
            <div className="tree-row">
              {children.length > 0 ? (
                <button
                  type="button"
                  className="tree-toggle"
                  aria-expanded={open}
                  aria-controls={groupId}
                  aria-label={t(open ? "agency.collapse" : "agency.expand", { name: a.name })}
                  onClick={() => toggle(a.code)}
                >
                  <span aria-hidden="true">{open ? "▾" : "▸"}</span>
                </button>
              ) : (
                <span className="tree-spacer" aria-hidden="true" />
              )}
              <button
                type="button"
                className="tree-item"
                aria-pressed={selected === a.code}
                onClick={() => onSelect(a.code)}
              >
                <span className="tree-name">{a.name}</span>
                <code className="tree-code">{a.code}</code>
                <span className={`badge badge-level-${a.level}`}>
                  {t(`agency.level.${a.level}`)}
                </span>
                {a.mergedInto && (
                  <span className="tree-note">
                    {t("agency.merged", { into: a.mergedInto, date: formatDate(lang, a.validTo) })}
                  </span>
                )}
              </button>
            </div>
            {children.length > 0 && open && (
              <div id={groupId}>
                <Branch
                  list={children}
                  kids={kids}
                  closed={closed}
                  toggle={toggle}
                  selected={selected}
                  onSelect={onSelect}
                />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

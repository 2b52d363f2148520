import type { Nodes } from 'hast';

/**
 * A page's inline stylesheet cut to the rules that can apply to it: a rule whose every selector
 * names a class no element of the page has (and no script of the page adds) is dropped, as is a
 * selector of a list that does. What a selector needs besides classes (elements, attributes,
 * states) is not judged, so nothing that could match is ever cut. The stylesheet is minified CSS
 * (Lightning CSS output); it is split into rules once and cut per page.
 */

/** One rule of a stylesheet: a style rule with its selectors, a grouping rule with its own rules, or any other at-rule kept whole. */
type CssRule = { kind: 'style'; selectors: { text: string; needs: string[][] }[]; body: string } | { kind: 'group'; prelude: string; rules: CssRule[] } | { kind: 'other'; text: string };

/** At-rules whose body is a list of rules to cut like the stylesheet's own. */
const GROUPING_RULE = /^@(?:media|supports|layer|container)\b/;

/** Pseudo-classes that match without their argument's classes (`:not(.x)`, `:where(…)` inside a selector): a selector with one is always kept. */
const UNJUDGED = /:(?:not|is|where)\(/;

/** The list inside a selector that is one `:is(…)` as a whole (as Lightning CSS writes selectors it merged), else null. */
function wholeIsList(selector: string): string | null {
  if (!selector.startsWith(':is(')) return null;
  let depth = 0;
  for (let i = 3; i < selector.length; i += 1) {
    const char = selector[i];
    if (char === '"' || char === "'") i = stringEnd(selector, i);
    else if (char === '(') depth += 1;
    else if (char === ')') {
      depth -= 1;
      if (depth === 0) return i === selector.length - 1 ? selector.slice(4, i) : null;
    }
  }
  return null;
}

/** Index of the `}` closing the block opened at `open`, skipping strings. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i += 1) {
    const char = css[i];
    if (char === '"' || char === "'") {
      i = stringEnd(css, i);
    } else if (char === '{') {
      depth += 1;
    } else if (char === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  throw new Error(`unbalanced braces in stylesheet at ${open}`);
}

/** Index of the quote closing the string opened at `open`. */
function stringEnd(css: string, open: number): number {
  for (let i = open + 1; i < css.length; i += 1) {
    if (css[i] === '\\') i += 1;
    else if (css[i] === css[open]) return i;
  }
  throw new Error(`unclosed string in stylesheet at ${open}`);
}

/** Splits a selector list at its top-level commas (not inside `:has(…)` or strings). */
function splitSelectors(prelude: string): string[] {
  const selectors: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < prelude.length; i += 1) {
    const char = prelude[i];
    if (char === '"' || char === "'") i = stringEnd(prelude, i);
    else if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') depth -= 1;
    else if (char === ',' && depth === 0) {
      selectors.push(prelude.slice(start, i));
      start = i + 1;
    }
  }
  return [...selectors, prelude.slice(start)];
}

/**
 * What a selector needs to match anything on a page: any one of the returned sets of classes, all
 * of the set on the page. A selector that is not judged needs one empty set.
 */
function classesNeeded(selector: string): string[][] {
  const list = wholeIsList(selector);
  if (list !== null) return splitSelectors(list).flatMap(classesNeeded);
  if (UNJUDGED.test(selector)) return [[]];
  const unquoted = selector.replace(/"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'/g, '""');
  return [[...unquoted.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]!)];
}

/** Splits minified CSS into its rules. */
export function parseStylesheet(css: string): CssRule[] {
  const rules: CssRule[] = [];
  let at = 0;
  while (at < css.length) {
    const open = css.indexOf('{', at);
    const semicolon = css.indexOf(';', at);
    // A statement at-rule (`@import …;`) has no block.
    if (css[at] === '@' && semicolon !== -1 && (open === -1 || semicolon < open)) {
      rules.push({ kind: 'other', text: css.slice(at, semicolon + 1) });
      at = semicolon + 1;
      continue;
    }
    if (open === -1) {
      if (css.slice(at).trim() !== '') throw new Error(`stylesheet ends in a rule without a block: ${css.slice(at, at + 40)}`);
      break;
    }
    const close = blockEnd(css, open);
    const prelude = css.slice(at, open).trim();
    const body = css.slice(open + 1, close);
    if (GROUPING_RULE.test(prelude)) rules.push({ kind: 'group', prelude, rules: parseStylesheet(body) });
    else if (prelude.startsWith('@')) rules.push({ kind: 'other', text: css.slice(at, close + 1).trim() });
    else rules.push({ kind: 'style', selectors: splitSelectors(prelude).map((text) => ({ text, needs: classesNeeded(text) })), body });
    at = close + 1;
  }
  return rules;
}

/** The rules that can apply where only `classes` occur, as CSS. */
export function serializeUsedRules(rules: readonly CssRule[], classes: ReadonlySet<string>): string {
  return rules
    .map((rule) => {
      if (rule.kind === 'other') return rule.text;
      if (rule.kind === 'group') {
        const inner = serializeUsedRules(rule.rules, classes);
        return inner === '' ? '' : `${rule.prelude}{${inner}}`;
      }
      const selectors = rule.selectors.filter((selector) => selector.needs.some((set) => set.every((name) => classes.has(name))));
      return selectors.length === 0 ? '' : `${selectors.map((selector) => selector.text).join(',')}{${rule.body}}`;
    })
    .join('');
}

/** Every class name on an element of a hast tree. */
export function classesOf(tree: Nodes, into: Set<string> = new Set()): Set<string> {
  if (tree.type === 'element') {
    const className = tree.properties.className;
    if (Array.isArray(className)) for (const name of className) into.add(String(name));
  }
  if ('children' in tree) for (const child of tree.children) classesOf(child, into);
  return into;
}

const parsed = new Map<string, CssRule[]>();

/**
 * The part of a stylesheet that can apply to a page whose elements have `classes`. The build
 * passes the same few stylesheets for every page, so each is split once.
 */
export function usedCss(stylesheet: string, classes: ReadonlySet<string>): string {
  let rules = parsed.get(stylesheet);
  if (rules === undefined) {
    rules = parseStylesheet(stylesheet);
    parsed.set(stylesheet, rules);
  }
  return serializeUsedRules(rules, classes);
}

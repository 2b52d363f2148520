import { VFile } from 'vfile';

/**
 * Content problems are vfile messages: each file's parse collects them on its `VFile`, with a
 * place, a rule id and a severity, as remark-lint does. What travels between modules is the plain
 * `Diagnostic` view of a message (a file, a point, a rule, fatal or not), which is also what
 * checks that are not tied to one parse (the manifest, duplicate slugs) write directly. Printing
 * turns them back into vfile messages (`toVFiles`), one line each, `path:line:column: message
 * [rule]`, so editors and terminals can jump straight to the text at fault.
 */

export interface Diagnostic {
  path: string;
  line: number;
  column: number;
  message: string;
  /** Stable rule name, so tools and editors can tell problems apart. */
  ruleId: string;
  /** Fatal problems (errors) fail the build; warnings are printed only. */
  fatal: boolean;
}

export interface Point {
  line: number;
  column: number;
}

/** Where the messages come from, as vfile messages name their source. */
const SOURCE = 'archive';

/** Formats one diagnostic as `path:line:column: message [rule]` (warnings say so before the message). */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const severity = diagnostic.fatal ? '' : 'warning: ';
  return `${diagnostic.path}:${diagnostic.line}:${diagnostic.column}: ${severity}${diagnostic.message} [${diagnostic.ruleId}]`;
}

/** Orders diagnostics by file, then position, so output reads top to bottom. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.column - b.column;
}

/** One vfile per path holding its diagnostics as vfile messages (errors `fatal: true`, warnings `false`). */
export function toVFiles(diagnostics: readonly Diagnostic[]): VFile[] {
  const files = new Map<string, VFile>();
  for (const diagnostic of [...diagnostics].sort(compareDiagnostics)) {
    let file = files.get(diagnostic.path);
    if (file === undefined) {
      file = new VFile({ path: diagnostic.path });
      files.set(diagnostic.path, file);
    }
    const message = file.message(diagnostic.message, { place: { line: diagnostic.line, column: diagnostic.column }, ruleId: diagnostic.ruleId, source: SOURCE });
    message.fatal = diagnostic.fatal;
  }
  return [...files.values()];
}

/** The plain view of a vfile's messages (those without a place point at 1:1). */
export function diagnosticsOf(file: VFile): Diagnostic[] {
  return file.messages.map((message) => {
    const place = message.place;
    const point = place === undefined ? undefined : 'start' in place ? place.start : place;
    return {
      path: file.path,
      line: point?.line ?? 1,
      column: point?.column ?? 1,
      message: message.reason,
      ruleId: message.ruleId ?? 'unknown',
      fatal: message.fatal === true,
    };
  });
}

/** How many errors and warnings a list holds. */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  const errors = diagnostics.filter((diagnostic) => diagnostic.fatal).length;
  return { errors, warnings: diagnostics.length - errors };
}

/** Prints diagnostics one `path:line:column: message [rule]` line each, sorted by file and position. */
export function reportDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return [...diagnostics].sort(compareDiagnostics).map(formatDiagnostic).join('\n');
}

/** Thrown when content cannot become an `Article`; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    const sorted = [...diagnostics].sort(compareDiagnostics);
    super(sorted.map(formatDiagnostic).join('\n'));
    this.name = 'ContentError';
    this.diagnostics = sorted;
  }
}

/**
 * A flood of one message (a 2 MB paste where every line looks like a list) would bury the rest:
 * each rule's warnings are listed up to this many per file, errors up to `MAX_ERRORS_PER_RULE`,
 * then the rest are counted in one last message of the same severity.
 */
export const MAX_WARNINGS_PER_RULE = 100;
export const MAX_ERRORS_PER_RULE = 100;

/** Collects the messages of one file while it is parsed, on the file's `VFile`. */
export class DiagnosticSink {
  readonly file: VFile;
  private readonly tally = new Map<string, { listed: number; unlisted: number; last: Point; fatal: boolean }>();

  constructor(readonly path: string) {
    this.file = new VFile({ path });
  }

  /** Records a fatal problem (an error) at a point of the file. */
  error(point: Point, ruleId: string, message: string): void {
    this.record(point, ruleId, message, true);
  }

  /** Records a warning at a point of the file. */
  warn(point: Point, ruleId: string, message: string): void {
    this.record(point, ruleId, message, false);
  }

  /** Every message so far, as plain diagnostics, with a count of those not listed. */
  get diagnostics(): Diagnostic[] {
    const listed = diagnosticsOf(this.file);
    const counts = [...this.tally].flatMap(([key, { unlisted, last, fatal, listed: shown }]) =>
      unlisted === 0 ? [] : [{ path: this.path, ...last, ruleId: key.slice(2), fatal, message: `and ${unlisted} more ${fatal ? 'error' : 'warning'}(s) of this rule in this file, up to here (the first ${shown} are listed)` }],
    );
    return [...listed, ...counts];
  }

  /** Whether any fatal problem was recorded. */
  get failed(): boolean {
    return this.file.messages.some((message) => message.fatal === true) || [...this.tally.values()].some((entry) => entry.fatal && entry.unlisted > 0);
  }

  private record(point: Point, ruleId: string, reason: string, fatal: boolean): void {
    const key = `${fatal ? 'E' : 'W'}:${ruleId}`;
    const seen = this.tally.get(key) ?? { listed: 0, unlisted: 0, last: point, fatal };
    this.tally.set(key, seen);
    if (seen.listed >= (fatal ? MAX_ERRORS_PER_RULE : MAX_WARNINGS_PER_RULE)) {
      seen.unlisted += 1;
      seen.last = point;
      return;
    }
    seen.listed += 1;
    const message = this.file.message(reason, { place: point, ruleId, source: SOURCE });
    message.fatal = fatal;
  }
}

/** Converts a string offset to a 1-based line and column (columns count UTF-16 code units + 1). */
export function pointAtOffset(text: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Content problems, reported the way compilers and linters do (`path:line:column: message`)
 * so editors can jump straight to the text at fault.
 */

export interface Diagnostic {
  path: string;
  line: number;
  column: number;
  message: string;
  /** Stable rule name, so tools and editors can tell problems apart. */
  ruleId: string;
  /** Fatal problems fail the build; warnings are printed only. */
  fatal: boolean;
}

export interface Point {
  line: number;
  column: number;
}

/** Formats one diagnostic as `path:line:column: message [rule]`. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const severity = diagnostic.fatal ? '' : 'warning: ';
  return `${diagnostic.path}:${diagnostic.line}:${diagnostic.column}: ${severity}${diagnostic.message} [${diagnostic.ruleId}]`;
}

/** Orders diagnostics by file, then position, so output reads top to bottom. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column;
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

/** Collects diagnostics for one file while it is parsed. */
export class DiagnosticSink {
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly path: string) {}

  /** Records a fatal problem at a point of the file. */
  error(point: Point, ruleId: string, message: string): void {
    this.diagnostics.push({ path: this.path, ...point, ruleId, message, fatal: true });
  }

  /** Records a non-fatal problem at a point of the file. */
  warn(point: Point, ruleId: string, message: string): void {
    this.diagnostics.push({ path: this.path, ...point, ruleId, message, fatal: false });
  }

  /** Whether any fatal problem was recorded. */
  get failed(): boolean {
    return this.diagnostics.some((d) => d.fatal);
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

/**
 * Runs the code examples of a package as tests: every ```ts block of its
 * TSDoc `@example` tags and of its guide in docs/. A statement followed by a
 * comment holding a JavaScript value (`formatMoney(x); // '1234.56'`) is
 * checked to produce that value; a comment `// throws TpeError CODE` checks
 * that the statement throws a TpeError with that code. Other comments are
 * prose. Imports of the package under test (and of its dependencies) resolve
 * to the modules given, so the examples run against the source.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { transformSync } from 'esbuild';
import { expect, it } from 'vitest';

/** One code example and where it stands. */
export interface CodeExample {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

/** Finds the examples of the TSDoc comments below `sourceDir` and of the given markdown files. */
export function collectExamples(
  sourceDir: string,
  markdownFiles: readonly string[] = [],
): CodeExample[] {
  const examples: CodeExample[] = [];
  for (const file of listSources(sourceDir)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    collectFences(
      file,
      lines.map((line) => line.replace(/^\s*\* ?/, '')),
      examples,
      (index) => /^\s*\*/.test(lines[index] ?? ''),
    );
  }
  for (const file of markdownFiles) {
    collectFences(file, readFileSync(file, 'utf8').split('\n'), examples, () => true);
  }
  return examples;
}

function collectFences(
  file: string,
  lines: readonly string[],
  into: CodeExample[],
  inside: (index: number) => boolean,
): void {
  for (let index = 0; index < lines.length; index++) {
    if (!/^\s*```ts\s*$/.test(lines[index] ?? '') || !inside(index)) continue;
    const start = index + 1;
    let end = start;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end] ?? '')) end++;
    into.push({ file, line: start + 1, code: lines.slice(start, end).join('\n') });
    index = end;
  }
}

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listSources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const VALUE_COMMENT = /^(?<indent>\s*)(?<statement>(?!\/\/).+?);\s*\/\/\s*(?<comment>.+)$/;
const CONTROL_FLOW = /^(if|else|for|while|do|switch|case|return|throw|try|catch|finally)\b|^[{}]/;
const DECLARATION = /^(?:const|let)\s+(?<name>[A-Za-z_$][\w$]*)\b/;

/** Rewrites the commented statements of an example into checks. */
export function instrumentExample(code: string): {
  readonly source: string;
  readonly checks: number;
} {
  let checks = 0;
  const out: string[] = [];
  for (const line of joinValueComments(code.split('\n'))) {
    const groups = VALUE_COMMENT.exec(line)?.groups;
    const comment = groups?.comment;
    let statement = groups?.statement;
    if (statement === undefined || comment === undefined) {
      out.push(line);
      continue;
    }
    // A statement over several lines (`f({ … })\n  .dueDate; // value`): take
    // back the lines where it starts, up to where its brackets balance.
    const continues = (text: string) => bracketBalance(text) < 0 || /^\s*(\?\.|[.)\]}])/.test(text);
    let start = out.length;
    while (start > 0 && continues([...out.slice(start), statement].join('\n'))) start--;
    const whole = [...out.slice(start), `${groups?.indent ?? ''}${statement}`].join('\n');
    const indent = /^\s*/.exec(whole)?.[0] ?? '';
    statement = whole.trimStart();
    const thrown = /^throws TpeError ([A-Z_]+)/.exec(comment);
    const value = thrown === null ? statedValue(comment) : undefined;
    const unnamedDeclaration = /^(const|let|var)\b/.test(statement) && !DECLARATION.test(statement);
    if (
      CONTROL_FLOW.test(statement) ||
      unnamedDeclaration ||
      bracketBalance(statement) !== 0 ||
      (thrown === null && value === undefined)
    ) {
      out.push(line);
      continue;
    }
    out.length = start;
    checks++;
    const declared = DECLARATION.exec(statement)?.groups?.name;
    if (thrown !== null)
      out.push(`${indent}__throws(() => { ${statement}; }, ${JSON.stringify(thrown[1])});`);
    else if (declared !== undefined)
      out.push(`${indent}${statement}; __check(${declared}, (${value}));`);
    else out.push(`${indent}__check((${statement}), (${value}));`);
  }
  return { source: out.join('\n'), checks };
}

/**
 * Puts a value comment written on its own line (`vatRates(…).rates;` then
 * `// ['20', '10']`) back behind the statement it describes.
 */
function joinValueComments(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const comment = /^\s*\/\/\s*(?<comment>.+)$/.exec(line)?.groups?.comment;
    const previous = joined.at(-1);
    const describesPrevious =
      comment !== undefined &&
      previous !== undefined &&
      /;\s*$/.test(previous) &&
      !/\/\//.test(previous) &&
      (statedValue(comment) !== undefined || comment.startsWith('throws TpeError '));
    if (describesPrevious) joined[joined.length - 1] = `${previous} // ${comment}`;
    else joined.push(line);
  }
  return joined;
}

/** Opening minus closing brackets of a piece of code, string literals left out. */
function bracketBalance(code: string): number {
  const bare = code.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '');
  let balance = 0;
  for (const character of bare) {
    if (character === '(' || character === '[' || character === '{') balance++;
    else if (character === ')' || character === ']' || character === '}') balance--;
  }
  return balance;
}

/**
 * The JavaScript value a comment states, if it states one: the whole comment
 * (`'1234.56'`, `['a', 'b']`, `true`) or the value before a closing remark in
 * parentheses (`true (a Thursday)`). Prose answers `undefined`.
 */
function statedValue(comment: string): string | undefined {
  const remark = /^(?<value>.+?)\s+\([^()]*\)$/.exec(comment)?.groups?.value;
  return [comment, remark].find(
    (candidate) => candidate !== undefined && isValueLiteral(candidate),
  );
}

function isValueLiteral(text: string): boolean {
  if (!/^['"`[{\-\d]|^(true|false|null|undefined)\b/.test(text)) return false;
  try {
    new Function(`return (${text});`)();
    return true;
  } catch {
    return false;
  }
}

/** Runs one example with the given modules for its imports. */
export async function runExample(
  example: CodeExample,
  modules: Readonly<Record<string, unknown>>,
): Promise<number> {
  const { source, checks } = instrumentExample(example.code);
  const { code } = transformSync(source, { loader: 'ts', format: 'cjs', target: 'node20' });
  const require = (name: string): unknown => {
    if (!(name in modules))
      throw new Error(`The example imports ${name}, which the runner does not provide`);
    return modules[name];
  };
  const check = (actual: unknown, expected: unknown): void => {
    if (!isDeepStrictEqual(normalise(actual), normalise(expected))) {
      expect(normalise(actual)).toEqual(normalise(expected));
    }
  };
  const throws = (run: () => unknown, code: string): void => {
    let caught: unknown;
    try {
      run();
    } catch (error) {
      caught = error;
    }
    expect(caught, `expected a TpeError ${code}`).toMatchObject({ code });
  };
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>;
  const run = new AsyncFunction('require', 'exports', 'module', '__check', '__throws', code);
  const module = { exports: {} };
  await run(require, module.exports, module, check, throws);
  return checks;
}

/** Compares plain data: objects with a prototype of their own are compared by their fields. */
function normalise(value: unknown): unknown {
  return value === undefined
    ? value
    : JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? `${v}n` : v)));
}

/**
 * Declares one vitest test per example of a package, and one that every
 * example was found and at least some of them check values.
 */
export function describeExamples(options: {
  readonly packageDir: string;
  readonly markdownFiles?: readonly string[];
  readonly modules: Readonly<Record<string, unknown>>;
}): void {
  const examples = collectExamples(join(options.packageDir, 'src'), options.markdownFiles);
  for (const example of examples) {
    const where = `${relative(join(options.packageDir, '..', '..'), example.file)}:${example.line}`;
    it(`example at ${where} runs and shows the right values`, async () => {
      await runExample(example, options.modules);
    });
  }
  it('finds examples', () => {
    expect(examples.length).toBeGreaterThan(0);
  });
}
